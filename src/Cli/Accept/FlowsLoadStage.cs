using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Accept;

/// <summary>Runs a short load of every flow the way `load` does (src/Cli/Load). Pending: waits for the load runner to land.</summary>
internal sealed class FlowsLoadStage : ILoadStage
{
    public string? UnavailableReason => "the load scenarios are not available in this build yet";

    public Task<IReadOnlyList<FlowLoadRun>> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FlowLoadRun>>([]);
}
