using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>
/// Faults of a cluster run driven mid-run and named in the coordinator's output and reports: an agent killed, the
/// nats-server restarted (as <see cref="ClusterLoadTests"/>: a real nats-server on loopback and agent processes).
/// </summary>
public sealed class ClusterFaultTests : IDisposable
{
    private readonly ClusterRuns _cluster = new();

    [NatsFact]
    public async Task Load_AgentKilledMidRun_IsNamedAndItsLastReportKept()
    {
        using var nats = await NatsServer.StartAsync();
        _cluster.StartAgents(nats, 2);
        var victim = _cluster.Agents[1];
        // killed 5 s after every agent is ready (2 s before the agreed start, then 3 s of its share at 5/s), whenever a
        // busy machine lets the agents get ready
        var coordinator = new SignallingWriter("all 2 agents ready; start at");
        var killing = Task.Run(async () =>
        {
            await coordinator.Seen.WaitAsync(TimeSpan.FromMinutes(3));
            await Task.Delay(TimeSpan.FromSeconds(5));
            victim.Kill();
        });

        var run = await _cluster.CoordinateAsync(nats, 2, ["--rate", "10", "--duration", "14s", "--agent-grace", "5s"], coordinator);
        await killing;

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output);
        run.Output.ShouldContain("lost: no report for 5 s");
        var rows = ClusterOutput.AgentRows(run.Output);
        rows.Sum(r => r.Ok).ShouldBe(ClusterOutput.Merged(run.Output), "the lost agent's last report is merged, once");
        rows.Single(r => r.Agent == "agent-2").Ok.ShouldBeGreaterThan(0, "what the lost agent reported is kept");
        File.ReadAllText(Path.Combine(ClusterOutput.ReportFolder(run.Output), "agents.md")).ShouldContain("lost");
    }

    [NatsFact]
    public async Task Load_NatsRestartedMidRun_IsNamedAndNothingIsLost()
    {
        using var nats = await NatsServer.StartAsync();
        _cluster.StartAgents(nats, 2);
        // stopped 3 s after every agent is ready (1 s into the run), whenever a busy machine lets the agents get ready
        var coordinator = new SignallingWriter("all 2 agents ready; start at");
        var restarting = Task.Run(async () =>
        {
            await coordinator.Seen.WaitAsync(TimeSpan.FromMinutes(3));
            await Task.Delay(TimeSpan.FromSeconds(3));
            nats.Stop();
            await Task.Delay(TimeSpan.FromSeconds(6)); // longer than the 5 s that name an agent silent
            await nats.RestartAsync();
        });

        var run = await _cluster.CoordinateAsync(nats, 2, ["--rate", "10", "--duration", "12s", "--allow-degraded"], coordinator);
        await restarting;

        run.Output.ShouldContain("NATS connection lost");
        run.Output.ShouldMatch(@"NATS connection back after [6-9](\.\d)? s", "the outage lasted more than 5 s");
        run.Output.ShouldNotContain(" lost: no ", Case.Sensitive, "an outage within the grace period loses no agent");
        ClusterOutput.Merged(run.Output).ShouldBe(120, "10/s for 12 s: every iteration measured during the outage arrives afterwards, once");
        ClusterOutput.AgentRows(run.Output).Sum(r => r.Ok).ShouldBe(120);
        File.ReadAllText(Path.Combine(ClusterOutput.ReportFolder(run.Output), "report.md")).ShouldContain("degraded: NATS connection lost");
    }

    public void Dispose() => _cluster.Dispose();
}
