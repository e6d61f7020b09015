using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Accept;

/// <summary>A load stage that does not run, with the reason shown on the acceptance page.</summary>
internal sealed class SkippedLoadStage(string reason) : ILoadStage
{
    public string? UnavailableReason { get; } = reason;

    public Task<IReadOnlyList<FlowLoadRun>> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FlowLoadRun>>([]);
}
