using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Accept;

/// <summary>The explore stage of `accept` (issue 17). Must not throw for target faults.</summary>
internal interface IExploreStage
{
    /// <param name="settings">The run's settings; <c>ReportsFolder</c> is the bundle folder.</param>
    Task<ExploreSummary> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken);
}
