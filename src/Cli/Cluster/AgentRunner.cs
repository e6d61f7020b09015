using MfaConformance.Client;
using MfaConformance.LoadEngine;
using MfaConformance.LoadEngine.Cluster;
using MfaConformance.LoadScenarios;

namespace MfaConformance.Cli.Cluster;

/// <summary>
/// `agent --nats URL`: joins a cluster and runs the segments it is given. Each assignment builds the C# flow of the
/// spec against the spec's target with this agent's part of the customers (Partition = its segment); the coordinator
/// judges the thresholds on the merged figures, so the agent adds none and writes no reports.
/// </summary>
internal static class AgentRunner
{
    public static Task RunAsync(string natsUrl, string agentId, string? version, bool once, TextWriter output, CancellationToken cancellationToken)
    {
        var agent = new ClusterAgent(natsUrl, agentId, output) { Version = version ?? ClusterProtocol.HarnessVersion };
        return agent.RunAsync((assignment, ct) => PrepareAsync(assignment, output, ct), once, cancellationToken);
    }

    private static async Task<LoadRunBuilder> PrepareAsync(AgentAssignment assignment, TextWriter output, CancellationToken cancellationToken)
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
        };
        var target = await LoadTarget.CreateAsync(new TargetOptions { BaseUrl = new Uri(spec.TargetUrl), Brand = spec.Brand }, spec.Seed, cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            var definition = LoadScenarioCatalog.Create(spec.Scenario, target, options);
            var props = definition.Props.WithClean(async _ => await target.DisposeAsync().ConfigureAwait(false));
            return LoadRunner.RegisterScenarios(props).WithConsoleProgress(false).WithConsole(output);
        }
        catch
        {
            await target.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
