using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Accept;

/// <summary>The load part of `accept`: a short run of every flow against its thresholds. Must not throw for target faults.</summary>
internal interface ILoadStage
{
    /// <summary>Why load cannot run in this build, or null when it can.</summary>
    string? UnavailableReason { get; }

    /// <summary>How the load runs (for the acceptance page's configuration line), or null when there is nothing to add.</summary>
    string? Description => null;

    /// <summary>Checks, before the suite runs, that what the load needs beyond the target can be reached (a cluster's NATS server); null when it can.</summary>
    Task<Targets.Errors.UnreachableException?> ProbeAsync(CancellationToken cancellationToken) => Task.FromResult<Targets.Errors.UnreachableException?>(null);

    /// <param name="settings">The run's settings (LoadDuration, LoadRate); <c>ReportsFolder</c> is the bundle folder.</param>
    Task<IReadOnlyList<FlowLoadRun>> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken);
}
