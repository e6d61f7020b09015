using MfaConformance.Cli.Accept;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Tests.Support;

/// <summary>A load stage returning given flow runs.</summary>
internal sealed class FakeLoadStage(params FlowLoadRun[] runs) : ILoadStage
{
    public string? UnavailableReason => null;

    public Task<IReadOnlyList<FlowLoadRun>> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FlowLoadRun>>(runs);
}
