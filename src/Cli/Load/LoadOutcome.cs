using MfaConformance.LoadEngine;

namespace MfaConformance.Cli.Load;

/// <summary>
/// The result of one `load` run: the exit code (0 thresholds held, 1 one broke or the run failed, 2 bad usage,
/// 3 target unreachable), the engine's result and report folder when it ran, or the error that stopped it.
/// </summary>
internal sealed record LoadOutcome(int ExitCode, string Scenario, LoadRunResult? Result, string? ReportFolder, string? Error)
{
    public static LoadOutcome Failure(int exitCode, string scenario, string error) => new(exitCode, scenario, null, null, error);
}
