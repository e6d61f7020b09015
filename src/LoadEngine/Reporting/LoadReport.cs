using MfaConformance.LoadEngine.Running;
using MfaConformance.LoadEngine.Stats;
using MfaConformance.LoadEngine.Thresholds;

namespace MfaConformance.LoadEngine.Reporting;

/// <summary>Everything a report shows.</summary>
internal sealed record LoadReport(RunStats Stats, IReadOnlyList<ThresholdResult> Thresholds, IReadOnlyList<string> Errors, RunSettings Settings)
{
    /// <summary>Lines shown under "Notes" (<see cref="LoadRunBuilder.WithNote"/>).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A cluster run's per-agent breakdown (empty for a one-machine run).</summary>
    public IReadOnlyList<AgentShare> Agents { get; init; } = [];

    public bool Passed => Errors.Count == 0 && Thresholds.All(t => t.Passed);

    public string Verdict => !Passed ? "FAILED" : Stats.Cancelled ? "CANCELLED" : "PASSED";
}
