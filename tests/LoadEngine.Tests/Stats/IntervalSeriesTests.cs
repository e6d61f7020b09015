using MfaConformance.LoadEngine.Stats;

namespace MfaConformance.LoadEngine.Tests.Stats;

public sealed class IntervalSeriesTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void Snapshot_ManyIntervals_KeepsEveryIntervalWithItsCounts()
    {
        var series = new IntervalSeries(Second);
        for (var s = 0; s < 10; s++)
        {
            for (var i = 0; i <= s; i++)
            {
                series.Record(TimeSpan.FromSeconds(s + 0.5), ok: i % 2 == 0, latencyMicros: 1000 * (s + 1), statusCode: i % 2 == 0 ? "200" : "500");
            }
        }

        var snapshot = series.Snapshot(TimeSpan.FromSeconds(10));

        snapshot.Count.ShouldBe(10);
        snapshot.Select(i => i.OkCount + i.FailCount).ShouldBe(Enumerable.Range(1, 10).Select(n => (long)n));
        snapshot[9].P50Ms.ShouldBe(10, 0.05);
        snapshot[9].ErrorsByStatus["500"].ShouldBe(5);
        snapshot[3].Rps.ShouldBe(4);
    }

    [Fact]
    public void Snapshot_RunEndsMidInterval_ReportsTheCoveredLengthAndRate()
    {
        var series = new IntervalSeries(Second);
        series.Record(TimeSpan.FromSeconds(0.5), ok: true, latencyMicros: 10, statusCode: null);
        series.Record(TimeSpan.FromSeconds(1.1), ok: true, latencyMicros: 10, statusCode: null);

        var snapshot = series.Snapshot(TimeSpan.FromSeconds(1.25));

        snapshot.Count.ShouldBe(2);
        snapshot[1].DurationSeconds.ShouldBe(0.25);
        snapshot[1].Rps.ShouldBe(4);
        snapshot[0].DurationSeconds.ShouldBe(1);
    }

    [Fact]
    public void Snapshot_GapWithoutResults_FillsEmptyIntervals()
    {
        var series = new IntervalSeries(Second);
        series.Record(TimeSpan.FromSeconds(0.1), ok: true, latencyMicros: 10, statusCode: null);
        series.Record(TimeSpan.FromSeconds(3.1), ok: false, latencyMicros: 10, statusCode: "503");

        var snapshot = series.Snapshot(TimeSpan.FromSeconds(4));

        snapshot.Select(i => i.OkCount + i.FailCount).ShouldBe([1L, 0L, 0L, 1L]);
    }

    [Fact]
    public void Snapshot_RunEndsJustAfterTheLastFullInterval_HasNoTrailingEmptyInterval()
    {
        // issue 20: a 20 s run measured 20.0016 s; overTime[20] came out with okCount 0 and p99 0
        var series = new IntervalSeries(Second);
        for (var s = 0; s < 20; s++)
        {
            series.Record(TimeSpan.FromSeconds(s + 0.5), ok: true, latencyMicros: 10_000, statusCode: "200");
        }

        var snapshot = series.Snapshot(TimeSpan.FromSeconds(20.0016));

        snapshot.Count.ShouldBe(20, "no interval 20: nothing completed in the 1.6 ms after the last full interval");
        snapshot.ShouldAllBe(i => i.OkCount == 1 && i.P99Ms > 0);
    }

    [Fact]
    public void Snapshot_EmptyIntervalsTheRunCoveredInFull_AreKept()
    {
        var series = new IntervalSeries(Second);
        series.Record(TimeSpan.FromSeconds(0.5), ok: true, latencyMicros: 10, statusCode: null);

        var snapshot = series.Snapshot(TimeSpan.FromSeconds(3.5));

        snapshot.Select(i => i.OkCount).ShouldBe([1L, 0L, 0L], "seconds 1-2 and 2-3 had no results (a stall is data); 3-3.5 is cut short and empty");
        snapshot.ShouldAllBe(i => i.DurationSeconds == 1);
    }
}
