using MfaConformance.Cli.Load;
using MfaConformance.Client;
using MfaConformance.LoadEngine;
using MfaConformance.LoadEngine.Cluster;
using MfaConformance.LoadEngine.Config;
using MfaConformance.LoadScenarios;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.Targets.Launch;
namespace MfaConformance.Cli.Cluster;

/// <summary>
/// `agent --nats URL`: joins a cluster and runs the segments it is given. Each assignment builds the C# flow of the
/// spec against the spec's target with this agent's part of the customers (Partition = its segment); the coordinator
/// judges the thresholds on the merged figures, so the agent adds none, and writes the merged reports; the agent writes
/// its own segment's reports only when given a folder.
/// </summary>
internal static class AgentRunner
{
    public static Task RunAsync(AgentSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var agent = new ClusterAgent(settings.NatsUrl, settings.AgentId, output)
        {
            Version = settings.Version ?? ClusterProtocol.HarnessVersion,
            ReportFolder = settings.ReportFolder is { } folder ? Path.GetFullPath(folder) : null,
        };
        return agent.RunAsync((assignment, ct) => PrepareAsync(assignment, settings, output, ct), settings.Once, cancellationToken);
    }

    private static async Task<LoadRunBuilder> PrepareAsync(AgentAssignment assignment, AgentSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var spec = ClusterSpec.FromJson(assignment.Spec);
        var options = new LoadScenarioOptions
        {
            Rate = spec.Rate,
            Duration = TimeSpan.FromTicks(spec.DurationTicks),
            WarmUp = TimeSpan.FromTicks(spec.WarmUpTicks),
            Seed = spec.Seed,
            Customers = spec.Customers is { } c ? (int)assignment.Segment.ShareOf(c) : null,
            Partition = assignment.Segment,
            IterationDelay = settings.IterationDelay,
        };
        var harness = settings.Harness with
        {
            TargetUrl = new Uri(spec.TargetUrl),
            Brand = spec.Brand,
            Timeout = spec.TimeoutTicks is { } t ? TimeSpan.FromTicks(t) : settings.Harness.Timeout,
            MaxResponseBytes = spec.MaxResponseBytes ?? settings.Harness.MaxResponseBytes,
            OtlpEndpoint = settings.Harness.OtlpEndpoint ?? (spec.OtlpEndpoint is { } otlp ? new Uri(otlp) : null),
        };
        // this agent's live metrics and spans (its own --otlp/MFA_METRICS_PORT, or the coordinator's OTLP endpoint), named by the agent
        var telemetry = Telemetry.HarnessTelemetry.Start(harness, output, metrics: true, agent: settings.AgentId);
        var target = await LoadTarget.CreateAsync(TargetFactory.OptionsFor(harness, harness.TargetUrl), spec.Seed, cancellationToken: cancellationToken).ConfigureAwait(false);
        var runtime = LoadSuite.Create(harness.FeaturesFolder, out _);
        try
        {
            await LoadReqnrollRun.StartAsync(runtime, target).ConfigureAwait(false);
            var definition = LoadScenarioCatalog.Create(spec.Scenario, target, options, runtime);
            var schedule = new System.Collections.Concurrent.ConcurrentQueue<string>();
            var props = definition.Props.WithClean(async _ =>
            {
                if (settings.ScheduleLog is { } log)
                {
                    await File.AppendAllLinesAsync(log, schedule, CancellationToken.None).ConfigureAwait(false);
                }

                await runtime.DisposeAsync().ConfigureAwait(false);
                await target.DisposeAsync().ConfigureAwait(false);
                if (telemetry is not null)
                {
                    await telemetry.DisposeAsync().ConfigureAwait(false);
                }
            });
            var builder = LoadRunner.RegisterScenarios(props).WithConsoleProgress(false).WithConsole(output);
            if (telemetry?.Metrics is { } metrics)
            {
                builder.WithMetrics(metrics);
            }
            if (spec.LoadConfigJson is { } json)
            {
                builder.WithConfig(ShapeOnly(LoadConfig.Parse(json), spec.Scenario, keepSimulations: !spec.ShapeFromSpec));
            }

            if (settings.ScheduleLog is not null)
            {
                builder.WithScheduleLog((scenario, at) => schedule.Enqueue(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{assignment.RunId} {scenario} {at.Ticks}")));
            }

            return settings.MaxConcurrency is { } max ? builder.WithMaxConcurrency(max) : builder;
        }
        catch
        {
            await runtime.DisposeAsync().ConfigureAwait(false);
            await target.DisposeAsync().ConfigureAwait(false);
            if (telemetry is not null)
            {
                await telemetry.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>
    /// The coordinator's config without what is the coordinator's alone: thresholds, report settings, progress; and
    /// without its simulations when the coordinator's rate or duration was given by an option or variable.
    /// </summary>
    private static LoadConfig ShapeOnly(LoadConfig config, string scenario, bool keepSimulations) => config with
    {
        Thresholds = [],
        ReportFolder = null,
        ReportFormats = null,
        ConsoleProgress = null,
        Scenarios = config.Scenarios.Where(s => s.Key == scenario).ToDictionary(s => s.Key, s => s.Value with { Thresholds = [], Simulations = keepSimulations ? s.Value.Simulations : null }, StringComparer.Ordinal),
    };
}
