using System.Globalization;
using System.Text.Json;
using HdrHistogram;
using MfaConformance.LoadEngine.Histograms;

namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>
/// A coordinator (this process, `load --cluster`) and agent processes (`agent --nats`) over a real nats-server on
/// loopback, against the embedded reference server the coordinator starts: merged figures, thresholds on them, and
/// who may join. Faults are in <see cref="ClusterFaultTests"/> and <see cref="ClusterSlowAgentTests"/> (classes of
/// their own so that they run beside these: see <see cref="ClusterRuns"/>).
/// </summary>
public sealed class ClusterLoadTests : IDisposable
{
    private readonly ClusterRuns _cluster = new();

    [NatsFact]
    public async Task Load_CoordinatorAndThreeAgents_MergedFiguresAreExactlyTheAgentsAndThresholdsUseThem()
    {
        using var nats = await NatsServer.StartAsync();
        for (var i = 1; i <= 3; i++)
        {
            // each agent also writes its own segment's reports (latency.hlog, report.json) and the starts it scheduled
            _cluster.Agents.Add(AgentProcess.Start(nats.Url, $"agent-{i}", "--reports", AgentFolder(i), "--schedule-log", ScheduleLog(i)));
        }

        // Each agent runs a third of 20/s x 6 s (40 iterations): only the merged count can hold ok_count >= 120.
        var config = _cluster.Folder.Write("merged.json", """
            { "scenarios": { "returning_user_login": { "thresholds": [ "fail_rate < 1%", "ok_count >= 120", "ok_count < 121" ] } } }
            """);
        var oneMachine = OneMachineScheduleAsync(rate: 20, TimeSpan.FromSeconds(6));

        var run = await _cluster.CoordinateAsync(nats, 3, "--rate", "20", "--duration", "6s", "--load-config", config, "--allow-degraded");
        foreach (var agent in _cluster.Agents)
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
        _cluster.StartAgents(nats, 2);
        var config = _cluster.Folder.Write("abort.json", """
            { "scenarios": { "returning_user_login": { "thresholds": [ { "expr": "p50 < 1us", "abortOnFail": true, "startCheckAfter": "1s" } ] } } }
            """);

        var run = await _cluster.CoordinateAsync(nats, 2, "--rate", "10", "--duration", "60s", "--load-config", config, "--allow-degraded");

        run.ExitCode.ShouldBe(ExitCodes.Failed);
        run.Output.ShouldContain("aborted: threshold p50 < 1us");
        run.Output.ShouldContain("failed on the merged figures");
        ClusterOutput.Merged(run.Output).ShouldBeLessThan(300, "the 60 s run was stopped early");
        foreach (var agent in _cluster.Agents)
        {
            await agent.WaitForAsync("stopped by the coordinator", TimeSpan.FromSeconds(30));
        }
    }

    [NatsFact]
    public async Task Load_FewerAgentsThanAsked_FailsNamingHowManyCame()
    {
        using var nats = await NatsServer.StartAsync();
        _cluster.StartAgents(nats, 1);

        var run = await _cluster.CoordinateAsync(nats, 2, "--rate", "10", "--duration", "2s", "--join-timeout", "4s");

        run.ExitCode.ShouldBe(ExitCodes.Failed);
        run.Output.ShouldContain("the coordinator saw 1 of 2 compatible agents within 4 s: agent-1");
        ClusterOutput.ReportFolder(run.Output).ShouldNotBeEmpty("reports are written even when nothing ran");
    }

    [NatsFact]
    public async Task Load_AgentOfAnotherVersion_IsNamedAndNotUsed()
    {
        using var nats = await NatsServer.StartAsync();
        _cluster.Agents.Add(AgentProcess.Start(nats.Url, "old-agent", "--announce-version", "0.0.1"));

        var run = await _cluster.CoordinateAsync(nats, 1, "--rate", "10", "--duration", "2s", "--join-timeout", "4s");

        run.ExitCode.ShouldBe(ExitCodes.Failed);
        run.Output.ShouldContain("agent old-agent runs harness 0.0.1");
        run.Output.ShouldContain("saw 0 of 1 compatible agents");
    }

    public void Dispose() => _cluster.Dispose();

    private string AgentFolder(int i) => Path.Combine(_cluster.Folder.Path, $"agent-{i}");

    private string ScheduleLog(int i) => Path.Combine(_cluster.Folder.Path, $"agent-{i}.schedule");

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

    private static double Ms(long micros) => Math.Round(micros / 1000.0, 3);

    private static long Micros(double ms) => (long)Math.Round(ms * 1000);
}
