using MfaConformance.Cli.Load;
using MfaConformance.LoadScenarios;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Accept;

/// <summary>
/// A short load run of every C# flow (<see cref="LoadScenarioNames.Flows"/>) against the same target, the way `load`
/// runs it (<see cref="LoadRunnerService"/>), each against its built-in thresholds (or those of load.config).
/// Reports go to the bundle's load/ folder. With <paramref name="cluster"/>, every flow's run is coordinated over the
/// cluster's agents (`accept --cluster URL --agents N`): each flow is one cluster run, judged on the merged figures,
/// with its agents.md beside its reports.
/// </summary>
internal sealed class FlowsLoadStage(TextWriter? output = null, LoadEngine.Cluster.ClusterOptions? cluster = null, LoadEngine.Telemetry.LoadMetrics? metrics = null) : ILoadStage
{
    /// <summary>
    /// The built-in per-step p99 bound of accept's smoke load (when load.config gives no thresholds): looser than
    /// `load`'s 500 ms, so a busy 2-core machine does not flip an acceptance verdict on a 10-second run.
    /// </summary>
    public const int StepP99Milliseconds = 1000;

    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    public string? UnavailableReason => null;

    public string? Description => cluster is null
        ? null
        : $"load coordinated over {cluster.Agents} agent{(cluster.Agents == 1 ? string.Empty : "s")} on {LoadEngine.Cluster.ClusterProtocol.Display(cluster.NatsUrl)}{(cluster.AllowDegraded ? " (degraded runs allowed)" : string.Empty)}";

    public async Task<Targets.Errors.UnreachableException?> ProbeAsync(CancellationToken cancellationToken)
    {
        if (cluster is null)
        {
            return null;
        }

        try
        {
            await Cluster.NatsProbe.EnsureReachableAsync(cluster.NatsUrl, cancellationToken);
            return null;
        }
        catch (Targets.Errors.UnreachableException ex)
        {
            return ex;
        }
    }

    /// <summary>Checks up front, before the suite runs, what would make every flow's load run refuse to start.</summary>
    public static void Validate(HarnessSettings settings)
    {
        // a clash of load shapes (--stage with --rate, --duration or --copies) is refused before the suite runs, not after
        _ = LoadRunnerService.ShapeFromSettings(settings);
        if (settings.Otp.Kind == MfaConformance.Client.Otp.OtpSourceKind.Prompt)
        {
            throw new SettingsException("otp.source", "the load runs of accept cannot ask for OTPs interactively; use hooks, fixed or command, or --skip-load");
        }

        if (settings.LoadConfigPath is { } path)
        {
            foreach (var flow in LoadScenarioNames.Flows)
            {
                try
                {
                    LoadConfigFiles.LoadFor(path, flow);
                }
                catch (LoadEngine.LoadConfigException ex)
                {
                    throw new SettingsException("load.config", ex.Message);
                }
            }
        }
    }

    public async Task<IReadOnlyList<FlowLoadRun>> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken)
    {
        var runs = new List<FlowLoadRun>();
        foreach (var flow in LoadScenarioNames.Flows)
        {
            var options = new LoadRunOptions
            {
                Scenario = flow,
                WarmUp = WarmUp,
                StepP99Milliseconds = StepP99Milliseconds,
                ConsoleProgress = false,
                HandleCtrlC = false,
                Cluster = cluster,
                Output = output,
                Metrics = metrics,
            };
            var outcome = await new LoadRunnerService().RunAgainstAsync(target, settings, options, cancellationToken);
            var error = outcome.ExitCode == ExitCodes.Usage
                ? $"{outcome.Error} (the suite's verdict stands; use --skip-load to run the suite only)"
                : outcome.Error;
            runs.Add(new FlowLoadRun(flow, outcome.Result, error));
        }

        return runs;
    }
}
