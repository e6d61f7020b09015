using System.Text.RegularExpressions;
using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>
/// A coordinator (this process, `load --cluster`) and agent processes (`agent --nats`) over a real nats-server on
/// loopback, against the embedded reference server the coordinator starts. Each fault is driven and must be named.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class ClusterLoadTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<AgentProcess> _agents = [];

    [NatsFact]
    public async Task Load_CoordinatorAndThreeAgents_MergedCountsAreTheAgentsSumAndThresholdsUseThem()
    {
        using var nats = await NatsServer.StartAsync();
        StartAgents(nats, 3);
        // Each agent runs a third of 20/s x 6 s (40 iterations): only the merged count can hold ok_count >= 120.
        var config = _folder.Write("merged.json", """
            { "scenarios": { "returning_user_login": { "thresholds": [ "fail_rate < 1%", "ok_count >= 120" ] } } }
            """);

        var run = await CoordinateAsync(nats, 3, "--rate", "20", "--duration", "6s", "--load-config", config, "--allow-degraded");

        run.Output.ShouldContain("all 3 agents ready", Case.Sensitive, run.Output);
        var rows = AgentRows(run.Output);
        rows.Count.ShouldBe(3, run.Output);
        rows.Sum(r => r.Ok).ShouldBe(Merged(run.Output), "merged = sum of the agents'");
        Merged(run.Output).ShouldBe(120, "20/s for 6 s, split in three: the union is the one-machine schedule");
        rows.ShouldAllBe(r => r.Ok == 40, "interleaved segments give each agent a third");
        run.Output.ShouldContain("[pass] ok_count >= 120");
        File.Exists(Path.Combine(ReportFolder(run.Output), "agents.md")).ShouldBeTrue();
        File.Exists(Path.Combine(ReportFolder(run.Output), "latency.hlog")).ShouldBeTrue();
    }

    [NatsFact]
    public async Task Load_AbortingThresholdOnMergedFigures_StopsEveryAgent()
    {
        using var nats = await NatsServer.StartAsync();
        StartAgents(nats, 2);
        var config = _folder.Write("abort.json", """
            { "scenarios": { "returning_user_login": { "thresholds": [ { "expr": "p50 < 1us", "abortOnFail": true, "startCheckAfter": "1s" } ] } } }
            """);

        var run = await CoordinateAsync(nats, 2, "--rate", "10", "--duration", "60s", "--load-config", config, "--allow-degraded");

        run.ExitCode.ShouldBe(ExitCodes.Failed);
        run.Output.ShouldContain("aborted: threshold p50 < 1us");
        run.Output.ShouldContain("failed on the merged figures");
        Merged(run.Output).ShouldBeLessThan(300, "the 60 s run was stopped early");
        foreach (var agent in _agents)
        {
            await agent.WaitForAsync("stopped by the coordinator", TimeSpan.FromSeconds(30));
        }
    }

    [NatsFact]
    public async Task Load_FewerAgentsThanAsked_FailsNamingHowManyCame()
    {
        using var nats = await NatsServer.StartAsync();
        StartAgents(nats, 1);

        var run = await CoordinateAsync(nats, 2, "--rate", "10", "--duration", "2s", "--join-timeout", "4s");

        run.ExitCode.ShouldBe(ExitCodes.Failed);
        run.Output.ShouldContain("the coordinator saw 1 of 2 compatible agents within 4 s: agent-1");
        ReportFolder(run.Output).ShouldNotBeEmpty("reports are written even when nothing ran");
    }

    [NatsFact]
    public async Task Load_AgentOfAnotherVersion_IsNamedAndNotUsed()
    {
        using var nats = await NatsServer.StartAsync();
        _agents.Add(AgentProcess.Start(nats.Url, "old-agent", "--announce-version", "0.0.1"));

        var run = await CoordinateAsync(nats, 1, "--rate", "10", "--duration", "2s", "--join-timeout", "4s");

        run.ExitCode.ShouldBe(ExitCodes.Failed);
        run.Output.ShouldContain("agent old-agent runs harness 0.0.1");
        run.Output.ShouldContain("saw 0 of 1 compatible agents");
    }

    [NatsFact]
    public async Task Load_AgentKilledMidRun_IsNamedAndItsLastReportKept()
    {
        using var nats = await NatsServer.StartAsync();
        StartAgents(nats, 2);
        var victim = _agents[1];
        var killing = Task.Run(async () =>
        {
            await victim.WaitForAsync(": segment", TimeSpan.FromSeconds(60));
            await victim.WaitForAsync("provisioned", TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(7));
            victim.Kill();
        });

        var run = await CoordinateAsync(nats, 2, "--rate", "10", "--duration", "14s");
        await killing;

        run.ExitCode.ShouldBe(ExitCodes.Failed, run.Output);
        run.Output.ShouldContain("lost: no report for 5 s");
        var rows = AgentRows(run.Output);
        rows.Sum(r => r.Ok).ShouldBe(Merged(run.Output), "the lost agent's last report is merged, once");
        rows.Single(r => r.Agent == "agent-2").Ok.ShouldBeGreaterThan(0, "what the lost agent reported is kept");
        File.ReadAllText(Path.Combine(ReportFolder(run.Output), "agents.md")).ShouldContain("lost");
    }

    [NatsFact]
    public async Task Load_NatsRestartedMidRun_IsNamedAndNothingIsLost()
    {
        using var nats = await NatsServer.StartAsync();
        StartAgents(nats, 2);
        var restarting = Task.Run(async () =>
        {
            await _agents[0].WaitForAsync("provisioned", TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(4));
            nats.Stop();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await nats.RestartAsync();
        });

        var run = await CoordinateAsync(nats, 2, "--rate", "10", "--duration", "10s", "--allow-degraded");
        await restarting;

        run.Output.ShouldContain("NATS connection lost");
        Merged(run.Output).ShouldBe(100, "10/s for 10 s: every iteration measured during the outage arrives afterwards, once");
        AgentRows(run.Output).Sum(r => r.Ok).ShouldBe(100);
    }

    public void Dispose()
    {
        foreach (var agent in _agents)
        {
            agent.Dispose();
        }

        _folder.Dispose();
    }

    private void StartAgents(NatsServer nats, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            _agents.Add(AgentProcess.Start(nats.Url, $"agent-{i}"));
        }
    }

    private async Task<CliRun> CoordinateAsync(NatsServer nats, int agents, params string[] extra)
    {
        string[] args = ["load", "--cluster", nats.Url, "--agents", agents.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-progress", "--warm-up", "0s", "--reports", _folder.Path, .. extra];
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await CliRun.RunAsync(args, timeout.Token);
    }

    private static long Merged(string output) => long.Parse(MergedLine().Match(output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string Agent, long Ok)> AgentRows(string output) =>
        [.. AgentLine().Matches(output).Select(m => (m.Groups[1].Value, long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))];

    private static string ReportFolder(string output) => output.Split("Reports: ")[1].Split('\n')[0].Trim();

    [GeneratedRegex(@"Scenario returning_user_login: (\d+) ok")]
    private static partial Regex MergedLine();

    [GeneratedRegex(@"^\s+(\S+)\s+returning_user_login\s+ok\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex AgentLine();
}
