using System.Collections.Concurrent;
using MfaConformance.LoadEngine.Cluster;
using MfaConformance.LoadEngine.Histograms;
using MfaConformance.LoadEngine.Stats;
using MfaConformance.LoadEngine.Tests.Support;

namespace MfaConformance.LoadEngine.Tests.Cluster;

public sealed class SegmentMergeTests
{
    [Fact]
    public async Task Segments_ThreeOfAnOpenSchedule_UnionIsTheOneMachineScheduleAndMergeIsExact()
    {
        var oneMachine = await RunAsync(ExecutionSegment.Whole);
        var segments = new[] { await RunAsync(new(0, 3)), await RunAsync(new(1, 3)), await RunAsync(new(2, 3)) };

        var union = segments.SelectMany(s => s.Starts).Order().ToList();
        union.ShouldBe(oneMachine.Starts.Order().ToList(), "the segments' intended starts together are the one-machine schedule");
        union.Distinct().Count().ShouldBe(union.Count, "no start runs on two segments");

        var merged = new ScenarioRecorder("segmented", TimeSpan.FromSeconds(1));
        foreach (var segment in segments)
        {
            segment.Snapshot.Scenarios.ShouldHaveSingleItem().MergeInto(merged);
        }

        var everySample = new LatencyHistogram();
        foreach (var sample in segments.SelectMany(s => s.Latencies))
        {
            everySample.Record(sample);
        }

        var step = merged.Step("work").Ok.Latency;
        step.Count.ShouldBe(segments.Sum(s => s.Latencies.Count), "merged count = sum of the segments'");
        foreach (var p in new[] { 50.0, 99.0, 100.0 })
        {
            step.ValueAtPercentile(p).ShouldBe(everySample.ValueAtPercentile(p), $"merged p{p} = one HdrHistogram fed every sample");
        }

        step.Max.ShouldBe(everySample.Max);
        step.Min.ShouldBe(everySample.Min);
        step.Mean.ShouldBe(everySample.Mean);
    }

    [Fact]
    public void ExecutionSegment_Shares_AddUpToTheWhole()
    {
        for (var total = 0; total < 50; total++)
        {
            Enumerable.Range(0, 4).Sum(i => new ExecutionSegment(i, 4).ShareOf(total)).ShouldBe(total);
        }

        Should.Throw<ArgumentOutOfRangeException>(() => new ExecutionSegment(3, 3));
    }

    private static async Task<(List<long> Starts, List<long> Latencies, RunSnapshot Snapshot)> RunAsync(ExecutionSegment segment)
    {
        var clock = TestRuns.VirtualClock();
        var starts = new ConcurrentBag<long>();
        var latencies = new ConcurrentBag<long>();
        RunSnapshot? last = null;
        var origin = TimeSpan.Zero;
        var scenario = Scenario.Create("segmented", async ctx =>
            {
                var started = global::MfaConformance.LoadEngine.Running.ScenarioContext.From(ctx).IntendedStart;
                starts.Add((started - origin).Ticks);
                return await Step.Run("work", ctx, () =>
                {
                    // a deterministic, varied latency per start
                    var micros = 100 + (started.Ticks / TimeSpan.TicksPerMillisecond * 37 % 5000);
                    clock.Advance(TimeSpan.FromMicroseconds(micros));
                    latencies.Add(micros);
                    return Task.FromResult(Response.Ok());
                });
            })
            .WithLoadSimulations(Simulation.Inject(30, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)));

        await TestRuns.Builder(clock, scenario).WithSegment(segment).WithLiveSnapshots(s => last = s)
            .WithStartGate(_ =>
            {
                origin = clock.Now; // the phase starts now: intended starts are measured from here
                return Task.CompletedTask;
            })
            .RunAsync();

        return ([.. starts], [.. latencies], last.ShouldNotBeNull());
    }
}
