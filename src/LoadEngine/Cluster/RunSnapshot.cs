using MfaConformance.LoadEngine.Histograms;
using MfaConformance.LoadEngine.Running;
using MfaConformance.LoadEngine.Stats;

namespace MfaConformance.LoadEngine.Cluster;

/// <summary>
/// The cumulative statistics of one process's run so far, in a form that travels (JSON; histograms in HdrHistogram's
/// compressed encoding with their exact min, max and sum). A coordinator keeps the latest snapshot of each agent and
/// merges them: cumulative snapshots replace each other, so a snapshot sent twice (a retry after a NATS outage) is
/// never counted twice, and the last one received before an agent is lost still counts.
/// </summary>
public sealed record RunSnapshot(bool Final, IReadOnlyList<ScenarioSnapshot> Scenarios)
{
    internal static RunSnapshot From(IEnumerable<ScenarioRunner> runners, bool final) =>
        new(final, [.. runners.Select(r => ScenarioSnapshot.From(r))]);
}

public sealed record ScenarioSnapshot(
    string Name, long LateStarts, long DroppedStarts, long MaxStartLagTicks, long MeasuredTicks, string? StopReason,
    StepSnapshot Total, IReadOnlyList<StepSnapshot> Steps)
{
    internal static ScenarioSnapshot From(ScenarioRunner runner)
    {
        var recorder = runner.Recorder;
        var measured = runner.MeasuredDuration;
        return new ScenarioSnapshot(
            recorder.ScenarioName, recorder.LateStarts, recorder.DroppedStarts, recorder.MaxStartLag.Ticks, measured.Ticks, runner.StopReason,
            StepSnapshot.From(recorder.Total, measured), [.. recorder.Steps.Select(s => StepSnapshot.From(s, measured))]);
    }

    /// <summary>Adds this snapshot to <paramref name="recorder"/> (exact: histograms add, counts add).</summary>
    internal void MergeInto(ScenarioRecorder recorder)
    {
        recorder.AddStarts(LateStarts, DroppedStarts, TimeSpan.FromTicks(MaxStartLagTicks));
        Total.MergeInto(recorder.Total);
        foreach (var step in Steps)
        {
            step.MergeInto(recorder.Step(step.Name));
        }
    }
}

public sealed record StepSnapshot(
    string Name, MeasureSnapshot Ok, MeasureSnapshot Fail,
    IReadOnlyDictionary<string, long> StatusCodes, IReadOnlyDictionary<string, long> ErrorStatusCodes,
    IReadOnlyDictionary<string, long> ErrorCodes, IReadOnlyDictionary<string, long> ErrorMessages,
    IReadOnlyList<IntervalSnapshot> Intervals)
{
    internal static StepSnapshot From(StepRecorder step, TimeSpan end)
    {
        var fails = step.OverTime.FailIntervals(end).ToDictionary(f => f.Index);
        var oks = step.OverTime.EncodedIntervals().ToDictionary(i => i.Index, i => i.Histogram);
        var intervals = oks.Keys.Union(fails.Keys).Order()
            .Select(i => new IntervalSnapshot(
                i,
                oks.TryGetValue(i, out var ok) ? ok : null,
                fails.TryGetValue(i, out var f) ? f.Fail : 0,
                fails.TryGetValue(i, out var g) ? g.ErrorsByStatus : new Dictionary<string, long>()))
            .ToList();
        return new StepSnapshot(
            step.Name, MeasureSnapshot.From(step.Ok), MeasureSnapshot.From(step.Fail),
            step.StatusCodes.Snapshot(), step.ErrorStatusCodes.Snapshot(), step.ErrorCodes.Snapshot(), step.ErrorMessages.Snapshot(),
            intervals)
        {
            FailedCalls = step.FailedCalls.Snapshot(),
        };
    }

    /// <summary>The agent's first failed calls with their trace ids (merged: the first ones received, up to the bound).</summary>
    public IReadOnlyList<FailedCall> FailedCalls { get; init; } = [];

    internal void MergeInto(StepRecorder step)
    {
        Ok.MergeInto(step.Ok);
        Fail.MergeInto(step.Fail);
        Add(step.StatusCodes, StatusCodes);
        Add(step.ErrorStatusCodes, ErrorStatusCodes);
        Add(step.ErrorCodes, ErrorCodes);
        Add(step.ErrorMessages, ErrorMessages);
        foreach (var call in FailedCalls)
        {
            step.FailedCalls.Add(call);
        }

        foreach (var interval in Intervals)
        {
            var ok = interval.Ok is { } encoded ? HistogramCodec.Decode(encoded) : null;
            step.OverTime.MergeInterval(
                interval.Index, ok, ok is null ? 0 : LowestRecorded(ok), ok is null ? 0 : HdrHistogram.HistogramExtensions.GetMaxValue(ok),
                ok is null ? 0 : (long)Math.Round(HdrHistogram.HistogramExtensions.GetMean(ok) * ok.TotalCount), interval.Fail, interval.ErrorsByStatus);
        }
    }

    private static long LowestRecorded(HdrHistogram.HistogramBase histogram) =>
        histogram.RecordedValues().FirstOrDefault()?.ValueIteratedTo ?? 0;

    private static void Add(KeyCounter counter, IReadOnlyDictionary<string, long> counts)
    {
        foreach (var (key, count) in counts)
        {
            counter.Add(key, count);
        }
    }
}

public sealed record MeasureSnapshot(HistogramSnapshot Latency, HistogramSnapshot ServiceTime, long BytesSent, long BytesReceived)
{
    internal static MeasureSnapshot From(MeasureRecorder measure) =>
        new(HistogramSnapshot.From(measure.Latency), HistogramSnapshot.From(measure.ServiceTime), measure.BytesSent, measure.BytesReceived);

    internal void MergeInto(MeasureRecorder measure)
    {
        Latency.MergeInto(measure.Latency);
        ServiceTime.MergeInto(measure.ServiceTime);
        measure.AddBytes(BytesSent, BytesReceived);
    }
}

/// <summary>An HdrHistogram (compressed encoding) with its exact count, min, max and sum.</summary>
public sealed record HistogramSnapshot(long Count, long Min, long Max, long Sum, byte[]? Encoded)
{
    public static HistogramSnapshot From(LatencyHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        return histogram.Count == 0
            ? new HistogramSnapshot(0, 0, 0, 0, null)
            : new HistogramSnapshot(histogram.Count, histogram.Min, histogram.Max, histogram.Sum, HistogramCodec.Encode(histogram.Hdr));
    }

    public void MergeInto(LatencyHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        if (Count > 0 && Encoded is { } encoded)
        {
            histogram.Merge(HistogramCodec.Decode(encoded), Min, Max, Sum);
        }
    }
}

public sealed record IntervalSnapshot(long Index, byte[]? Ok, long Fail, IReadOnlyDictionary<string, long> ErrorsByStatus);
