using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Accept;

/// <summary>An explore stage that does not run, with the reason shown on the acceptance page.</summary>
internal sealed class SkippedExploreStage(string reason) : IExploreStage
{
    public Task<ExploreSummary> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(new ExploreSummary { NotRunReason = reason });
}
