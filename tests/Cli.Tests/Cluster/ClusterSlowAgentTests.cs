using System.Globalization;
using System.Text.RegularExpressions;

namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>
/// An agent that cannot keep its share of the rate is named, and fails the run or, when allowed, degrades it (as
/// <see cref="ClusterLoadTests"/>: a real nats-server on loopback and agent processes).
/// </summary>
public sealed class ClusterSlowAgentTests : IDisposable
{
    private readonly ClusterRuns _cluster = new();

    [NatsTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Load_AgentThatCannotKeepItsRate_IsNamedAndFailsOrDegradesTheRun(bool allowDegraded)
    {
        using var nats = await NatsServer.StartAsync();
        _cluster.Agents.Add(AgentProcess.Start(nats.Url, "agent-1"));
        // at most one iteration in flight, each at least 400 ms: 2.5/s at best for its 5/s share, so it drops starts
        _cluster.Agents.Add(AgentProcess.Start(nats.Url, "slow-agent", "--max-concurrency", "1", "--iteration-delay", "400ms"));

        // a start counts late only past 2 s: on a busy shared box the healthy agent's starts may lag 100 ms, never 2 s
        var config = _cluster.Folder.Write("timing-free.json", """{ "global": { "lateStartBound": "2s", "thresholds": [ "fail_rate < 1%" ] } }""");

        var run = await _cluster.CoordinateAsync(nats, 2, ["--rate", "10", "--duration", "6s", "--load-config", config, .. allowDegraded ? new[] { "--allow-degraded" } : []]);

        run.Output.ShouldContain("agent slow-agent could not keep its rate", Case.Sensitive, run.Output);
        run.Output.ShouldNotContain("agent agent-1 could not keep its rate");
        run.ExitCode.ShouldBe(allowDegraded ? ExitCodes.Ok : ExitCodes.Failed, run.Output);
        var report = File.ReadAllText(Path.Combine(ClusterOutput.ReportFolder(run.Output), "report.md"));
        report.ShouldContain((allowDegraded ? "degraded: " : "ERROR: ") + "agent slow-agent could not keep its rate");
        var rows = ClusterOutput.AgentRows(run.Output);
        var slow = rows.Single(r => r.Agent == "slow-agent");
        slow.Dropped.ShouldBeGreaterThan(0, "its dropped starts are counted, not hidden");
        rows.Single(r => r.Agent == "agent-1").Dropped.ShouldBe(0);
        rows.Sum(r => r.Starts).ShouldBe(60, "10/s for 6 s: every scheduled start is counted once, run or dropped");
        (rows.Sum(r => r.Ok) + rows.Sum(r => r.Failed)).ShouldBe(ClusterOutput.Merged(run.Output) + MergedFailed(run.Output), "merged = the agents' sum");
    }

    public void Dispose() => _cluster.Dispose();

    private static long MergedFailed(string output) =>
        long.Parse(Regex.Match(output, @"Scenario returning_user_login: \d+ ok, (\d+) failed").Groups[1].Value, CultureInfo.InvariantCulture);
}
