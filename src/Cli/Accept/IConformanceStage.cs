using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Accept;

/// <summary>The conformance part of `accept` (the suite, as `verify` runs it). Must not throw for target faults.</summary>
internal interface IConformanceStage
{
    /// <param name="settings">The run's settings; <c>ReportsFolder</c> is the bundle folder.</param>
    Task<ConformanceStageResult> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken);
}
