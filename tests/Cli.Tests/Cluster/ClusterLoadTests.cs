using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using HdrHistogram;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.LoadEngine.Histograms;

namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>
/// A coordinator (this process, `load --cluster`) and agent processes (`agent --nats`) over a real nats-server on
/// loopback, against the embedded reference server the coordinator starts. Each fault is driven and must be named.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterLoadTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<AgentProcess> _agents = [];

    [NatsFact]
    public async Task Load_CoordinatorAndThreeAgents_MergedFiguresAreExactlyTheAgentsAndThresholdsUseThem()
    {
        using var nats = await NatsServer.StartAsync();
        for (var i = 1; i <= 3; i++)
        {
            // each agent also writes its own segment's reports (latency.hlog, report.json) and the starts it scheduled
            _agents.Add(AgentProcess.Start(nats.Url, $"agent-{i}", "--reports", AgentFolder(i), "--schedule-log", ScheduleLog(i)));
        }

        // Each agent runs a third of 20/s x 6 s (40 iterations): only the merged count can hold ok_count >= 120.
        var config = _folder.Write("merged.json", """
            { "scenarios": { "returning_user_login": { "thresholds": [ "fail_rate < 1%", "ok_count >= 120", "ok_count < 121" ] } } }
            """);
        var oneMachine = OneMachineScheduleAsync(rate: 20, TimeSpan.FromSeconds(6));

        var run = await CoordinateAsync(nats, 3, "--rate", "20", "--duration", "6s", "--load-config", config, "--allow-degraded");
        foreach (var agent in _agents)
        {
            await agent.WaitForExitAsync(TimeSpan.FromSeconds(60));
        }

        run.Output.ShouldContain("all 3 agents ready", Case.Sensitive, run.Output);
        var rows = ClusterOutput.AgentRows(run.Output);
        rows.Count.ShouldBe(3, run.Output);
        var merged = ClusterOutput.Merged(run.Output);
        rows.Sum(r => r.Ok).ShouldBe(merged, "merged = sum of the agents'");
        merged.ShouldBe(120, "20/s for 6 s, split in three: the union is the one-machine schedule");
        rows.ShouldAllBe(r => r.Ok == 40, "interleaved segments give each agent a third");
        run.Output.ShouldContain("[pass] ok_count >= 120", Case.Sensitive, "judged on the merged count: no agent has more than 40");
        run.Output.ShouldContain("[pass] ok_count < 121");
        var folder = ClusterOutput.ReportFolder(run.Output);
        File.Exists(Path.Combine(folder, "agents.md")).ShouldBeTrue();

        // The union of the starts the agents scheduled is the one-machine schedule, each start once.
        var union = Enumerable.Range(1, 3).SelectMany(i => File.ReadAllLines(ScheduleLog(i))).Select(l => long.Parse(l.Split(' ')[2], CultureInfo.InvariantCulture)).Order().ToList();
        union.ShouldBe(await oneMachine, "the agents' scheduled starts together are the one-machine schedule");

        // The merged figures equal one HdrHistogram fed every agent's samples (recombined from the agents' own files).
        var everySample = Recombine(Enumerable.Range(1, 3).Select(AgentReportFolder), "returning_user_login", out var everyCount);
        var mergedJson = ScenarioTotal(folder);
        everyCount.ShouldBe(merged, "the agents' own histograms hold every sample");
        foreach (var (field, value) in new[] { ("p50Ms", everySample.ValueAtPercentile(50)), ("p99Ms", everySample.ValueAtPercentile(99)), ("maxMs", everySample.Max), ("minMs", everySample.Min) })
        {
            mergedJson.GetProperty(field).GetDouble().ShouldBe(Ms(value), $"merged {field} = that of one histogram of every sample");
        }

        HlogTotal(Path.Combine(folder, "latency.hlog"), "returning_user_login").ShouldBe(merged, "the merged latency.hlog holds every sample once");
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
        ClusterOutput.Merged(run.Output).ShouldBeLessThan(300, "the 60 s run was stopped early");
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
        ClusterOutput.ReportFolder(run.Output).ShouldNotBeEmpty("reports are written even when nothing ran");
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

        var run = await CoordinateAsync(nats, 2, "--rate", "10", "--duration", "14s", "--agent-grace", "5s");
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
        StartAgents(nats, 2);
        var restarting = Task.Run(async () =>
        {
            await _agents[0].WaitForAsync("provisioned", TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(3));
            nats.Stop();
            await Task.Delay(TimeSpan.FromSeconds(6)); // longer than the 5 s that name an agent silent
            await nats.RestartAsync();
        });

        var run = await CoordinateAsync(nats, 2, "--rate", "10", "--duration", "12s", "--allow-degraded");
        await restarting;

        run.Output.ShouldContain("NATS connection lost");
        run.Output.ShouldMatch(@"NATS connection back after [6-9](\.\d)? s", "the outage lasted more than 5 s");
        run.Output.ShouldNotContain(" lost: no ", Case.Sensitive, "an outage within the grace period loses no agent");
        ClusterOutput.Merged(run.Output).ShouldBe(120, "10/s for 12 s: every iteration measured during the outage arrives afterwards, once");
        ClusterOutput.AgentRows(run.Output).Sum(r => r.Ok).ShouldBe(120);
        File.ReadAllText(Path.Combine(ClusterOutput.ReportFolder(run.Output), "report.md")).ShouldContain("degraded: NATS connection lost");
    }

    [NatsTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Load_AgentThatCannotKeepItsRate_IsNamedAndFailsOrDegradesTheRun(bool allowDegraded)
    {
        using var nats = await NatsServer.StartAsync();
        _agents.Add(AgentProcess.Start(nats.Url, "agent-1"));
        // at most one iteration in flight, each at least 400 ms: 2.5/s at best for its 5/s share, so it drops starts
        _agents.Add(AgentProcess.Start(nats.Url, "slow-agent", "--max-concurrency", "1", "--iteration-delay", "400ms"));

        // a start counts late only past 2 s: on a busy shared box the healthy agent's starts may lag 100 ms, never 2 s
        var config = _folder.Write("timing-free.json", """{ "global": { "lateStartBound": "2s", "thresholds": [ "fail_rate < 1%" ] } }""");

        var run = await CoordinateAsync(nats, 2, ["--rate", "10", "--duration", "6s", "--load-config", config, .. allowDegraded ? new[] { "--allow-degraded" } : []]);

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

    private string AgentFolder(int i) => Path.Combine(_folder.Path, $"agent-{i}");

    private string ScheduleLog(int i) => Path.Combine(_folder.Path, $"agent-{i}.schedule");

    private string AgentReportFolder(int i) => Directory.GetDirectories(AgentFolder(i)).ShouldHaveSingleItem();

    /// <summary>The starts one machine schedules for the same rate and duration (the engine alone, a no-op iteration).</summary>
    private static async Task<List<long>> OneMachineScheduleAsync(int rate, TimeSpan duration)
    {
        var starts = new System.Collections.Concurrent.ConcurrentQueue<long>();
        var simulations = new LoadScenarios.LoadScenarioOptions { Rate = rate, Duration = duration, WarmUp = TimeSpan.Zero }.ToSimulations();
        var scenario = LoadEngine.Scenario.Create("returning_user_login", _ => Task.FromResult(LoadEngine.Response.Ok())).WithLoadSimulations([.. simulations]);
        await LoadEngine.LoadRunner.RegisterScenarios(scenario).WithoutReports().WithConsoleProgress(false).WithCtrlCHandling(false)
            .WithScheduleLog((_, at) => starts.Enqueue(at.Ticks)).RunAsync();
        return [.. starts.Order()];
    }

    /// <summary>
    /// One histogram of every sample of the agents: the counts of each agent's own latency.hlog (the interval histograms
    /// tagged <paramref name="tag"/>) with the exact min and max of its own report.json.
    /// </summary>
    private static LatencyHistogram Recombine(IEnumerable<string> agentFolders, string tag, out long count)
    {
        var every = new LatencyHistogram();
        foreach (var folder in agentFolders)
        {
            var counts = LatencyHistogram.NewHdr();
            foreach (var interval in ReadHlog(Path.Combine(folder, "latency.hlog")).Where(h => h.Tag == tag))
            {
                counts.Add(interval);
            }

            var own = ScenarioTotal(folder);
            every.Merge(counts, Micros(own.GetProperty("minMs").GetDouble()), Micros(own.GetProperty("maxMs").GetDouble()), 0);
        }

        count = every.Count;
        return every;
    }

    private static long HlogTotal(string path, string tag) => ReadHlog(path).Where(h => h.Tag == tag).Sum(h => h.TotalCount);

    private static List<HistogramBase> ReadHlog(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new HistogramLogReader(stream);
        return [.. reader.ReadHistograms()];
    }

    /// <summary>The ok latency of the iteration (whole scenario) in a report.json.</summary>
    private static JsonElement ScenarioTotal(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));
        return json.RootElement.GetProperty("scenarios")[0].GetProperty("total").GetProperty("ok").GetProperty("latency").Clone();
    }

    private static long MergedFailed(string output) =>
        long.Parse(Regex.Match(output, @"Scenario returning_user_login: \d+ ok, (\d+) failed").Groups[1].Value, CultureInfo.InvariantCulture);

    private static double Ms(long micros) => Math.Round(micros / 1000.0, 3);

    private static long Micros(double ms) => (long)Math.Round(ms * 1000);
}
