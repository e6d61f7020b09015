using MfaConformance.LoadEngine.Stats;
using MfaConformance.LoadEngine.Thresholds;

namespace MfaConformance.LoadEngine;

/// <summary>
/// The outcome of <see cref="LoadRunBuilder.RunAsync"/>. <see cref="ExitCode"/>: 0 when every threshold passed and
/// no scenario's init/clean failed, 2 when the run was cancelled (and otherwise clean), 1 otherwise.
/// </summary>
public sealed record LoadRunResult(
    RunStats Stats,
    IReadOnlyList<ThresholdResult> ThresholdResults,
    IReadOnlyList<string> ReportFiles,
    string? ReportFolder,
    IReadOnlyList<string> Errors)
{
    /// <summary>True when every threshold passed (true when there are none).</summary>
    public bool AllThresholdsPassed => ThresholdResults.All(t => t.Passed);

    /// <summary>True when the run was stopped by its cancellation token or Ctrl+C.</summary>
    public bool Cancelled => Stats.Cancelled;

    /// <summary>Faults that did not fail the run (a cluster run marked degraded with AllowDegraded), already redacted.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The process exit code a CLI should use.</summary>
    public int ExitCode => !AllThresholdsPassed || Errors.Count > 0 ? 1 : Cancelled ? 2 : 0;
}
