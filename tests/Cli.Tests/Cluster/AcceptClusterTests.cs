using System.Text.Json;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.LoadScenarios;

namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>
/// `accept --cluster URL --agents N`: the suite runs on the coordinator, then every flow's load run is coordinated over
/// agent processes on a real nats-server; each flow's report in the bundle carries the merged figures and the
/// per-agent breakdown.
/// </summary>
public sealed class AcceptClusterTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<AgentProcess> _agents = [];

    [NatsFact]
    public async Task Accept_Cluster_EveryFlowsLoadRunsOnTheAgentsAndTheBundleShowsMergedAndPerAgentFigures()
    {
        using var nats = await NatsServer.StartAsync();
        _agents.Add(AgentProcess.StartServing(nats.Url, "agent-1"));
        _agents.Add(AgentProcess.StartServing(nats.Url, "agent-2"));
        var config = TimingFreeLoadConfig.Write(_folder);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await Task.WhenAll(_agents.Select(a => a.WaitForAsync(") joined nats://", TimeSpan.FromMinutes(2))));

        var run = await CliRun.RunAsync(
            ["accept", "--config", config, "--reports", _folder.Path, "--tags", "@smoke", "--load-duration", "2s", "--load-rate", "4", "--cluster", nats.Url, "--agents", "2",
                // Faults are ClusterFaultTests' subject: on a starved machine an agent silent for 5 s is re-admitted, which
                // would otherwise fail this run, whose subject is the bundle's merged and per-agent figures.
                "--allow-degraded",
                // Exploring is not this test's subject (EmbeddedAcceptTests and Explorer.Tests have it): 60 s saved.
                "--skip-explore", "--skip-security"],
            timeout.Token);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Output + run.Error);
        ClusterOutput.Count(run.Output, "all 2 agents ready").ShouldBe(LoadScenarioNames.Flows.Count, "one coordinated run per flow");
        var bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "accept")).ShouldHaveSingleItem();
        File.ReadAllText(Path.Combine(bundle, "index.html")).ShouldContain("load coordinated over 2 agents on nats://127.0.0.1:");
        var loadRuns = Directory.GetDirectories(Path.Combine(bundle, "load"));
        loadRuns.Length.ShouldBe(LoadScenarioNames.Flows.Count, string.Join(", ", loadRuns));
        var flowsSeen = new List<string>();
        foreach (var folder in loadRuns)
        {
            File.Exists(Path.Combine(folder, "agents.md")).ShouldBeTrue(folder);
            File.ReadAllText(Path.Combine(folder, "report.md")).ShouldContain("## Agents");
            File.ReadAllText(Path.Combine(folder, "report.html")).ShouldContain("<h2>Agents</h2>");
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));
            var scenario = json.RootElement.GetProperty("scenarios").EnumerateArray().ShouldHaveSingleItem();
            var name = scenario.GetProperty("name").GetString().ShouldNotBeNull();
            flowsSeen.Add(name);
            var mergedOk = scenario.GetProperty("total").GetProperty("ok").GetProperty("count").GetInt64();
            var mergedFailed = scenario.GetProperty("total").GetProperty("fail").GetProperty("count").GetInt64();
            var agents = json.RootElement.GetProperty("agents").EnumerateArray().ToList();
            string.Join(", ", agents.Select(a => a.GetProperty("agent").GetString()).Order()).ShouldBe("agent-1, agent-2", name);
            agents.ShouldAllBe(a => a.GetProperty("scenario").GetString() == name, name);
            agents.Sum(a => a.GetProperty("ok").GetInt64()).ShouldBe(mergedOk, $"{name}: merged ok = the agents' sum");
            agents.Sum(a => a.GetProperty("failed").GetInt64()).ShouldBe(mergedFailed, $"{name}: merged failed = the agents' sum");
            agents.ShouldAllBe(a => a.GetProperty("ok").GetInt64() > 0, $"{name}: each agent ran its half");
            (mergedOk + mergedFailed).ShouldBe(8, $"{name}: 4/s for 2 s, split in two, is the one-machine schedule");
        }

        flowsSeen.Order().ShouldBe(LoadScenarioNames.Flows.Order());
    }

    public void Dispose()
    {
        foreach (var agent in _agents)
        {
            agent.Dispose();
        }

        _folder.Dispose();
    }
}
