using MfaConformance.LoadEngine.Histograms;

namespace MfaConformance.LoadEngine.Stats;

/// <summary>
/// Per-interval counts and latency of one step. Memory is bounded: a ring of a few live slots, each summarised
/// into an <see cref="IntervalStats"/> (a few numbers) once its interval is over and the slot is reused.
/// </summary>
internal sealed class IntervalSeries
{
    private const int SlotCount = 4;
    private readonly TimeSpan _interval;
    private readonly Slot[] _slots = new Slot[SlotCount];
    private readonly SortedDictionary<long, IntervalStats> _closed = [];
    private readonly SortedDictionary<long, byte[]> _closedHistograms = [];
    private readonly SortedDictionary<long, Slot> _merged = [];
    private readonly Lock _gate = new();

    public IntervalSeries(TimeSpan interval)
    {
        _interval = interval;
        for (var i = 0; i < SlotCount; i++)
        {
            _slots[i] = new Slot();
        }
    }

    public void Record(TimeSpan at, bool ok, long latencyMicros, string? statusCode)
    {
        var index = Math.Max(0, at.Ticks / _interval.Ticks);
        var slot = _slots[index % SlotCount];
        if (Volatile.Read(ref slot.Index) != index)
        {
            lock (_gate)
            {
                if (slot.Index != index)
                {
                    CloseSlot(slot);
                    slot.Index = index;
                }
            }
        }

        if (ok)
        {
            slot.Ok.Record(latencyMicros);
        }
        else
        {
            Interlocked.Increment(ref slot.FailCount);
            slot.ErrorsByStatus.Increment(statusCode ?? "none");
        }
    }

    /// <summary>
    /// All intervals up to <paramref name="end"/>, gaps filled with empty intervals; a trailing interval that is both
    /// empty and cut short by <paramref name="end"/> is left out (it would read as the load falling to zero).
    /// </summary>
    public IReadOnlyList<IntervalStats> Snapshot(TimeSpan end)
    {
        lock (_gate)
        {
            var all = new SortedDictionary<long, IntervalStats>(_closed);
            foreach (var slot in _merged.Values)
            {
                all[slot.Index] = Summarise(slot, end);
            }

            foreach (var slot in _slots)
            {
                if (slot.Index >= 0)
                {
                    all[slot.Index] = Summarise(slot, end);
                }
            }

            // Up to the last interval with results, then the empty intervals the run covered in full: an empty
            // interval the end of the run cut short (the few ms between the last completion and the end) is no interval.
            var fullyCovered = end == TimeSpan.MaxValue ? 0 : end.Ticks / _interval.Ticks;
            var last = Math.Max(all.Count == 0 ? -1 : all.Keys.Max(), fullyCovered - 1);
            var result = new List<IntervalStats>((int)Math.Max(0, last + 1));
            for (long i = 0; i <= last; i++)
            {
                result.Add(all.TryGetValue(i, out var s) ? s : Empty(i));
            }

            return result;
        }
    }

    /// <summary>
    /// The ok-latency HdrHistogram of every interval with samples, compressed (HdrHistogram's own encoding), by
    /// interval index: for the .hlog interval log and for merging intervals across machines.
    /// </summary>
    public IReadOnlyList<(long Index, byte[] Histogram)> EncodedIntervals()
    {
        lock (_gate)
        {
            var all = new SortedDictionary<long, byte[]>(_closedHistograms);
            foreach (var slot in _merged.Values.Where(s => s.Ok.Count > 0))
            {
                all[slot.Index] = HistogramCodec.Encode(slot.Ok.Hdr);
            }

            foreach (var slot in _slots)
            {
                if (slot.Index >= 0 && slot.Ok.Count > 0)
                {
                    all[slot.Index] = HistogramCodec.Encode(slot.Ok.Hdr);
                }
            }

            return [.. all.Select(p => (p.Key, p.Value))];
        }
    }

    public TimeSpan Interval => _interval;

    /// <summary>The closed and live intervals with their fail counts and errors by status (for a snapshot to another machine).</summary>
    public IReadOnlyList<(long Index, long Fail, IReadOnlyDictionary<string, long> ErrorsByStatus)> FailIntervals(TimeSpan end) =>
        [.. Snapshot(end).Where(i => i.FailCount > 0).Select(i => (i.Index, i.FailCount, i.ErrorsByStatus))];

    /// <summary>
    /// Adds one interval measured elsewhere (ok latency histogram with exact min/max/sum, fail count, errors by
    /// status) to interval <paramref name="index"/>: the merged interval's percentiles are those of all its samples.
    /// </summary>
    public void MergeInterval(long index, HdrHistogram.HistogramBase? ok, long min, long max, long sum, long fail, IReadOnlyDictionary<string, long> errorsByStatus)
    {
        lock (_gate)
        {
            if (!_merged.TryGetValue(index, out var slot))
            {
                slot = new Slot { Index = index };
                _merged[index] = slot;
            }

            if (ok is not null)
            {
                slot.Ok.Merge(ok, min, max, sum);
            }

            slot.FailCount += fail;
            foreach (var (status, count) in errorsByStatus)
            {
                slot.ErrorsByStatus.Add(status, count);
            }
        }
    }

    private void CloseSlot(Slot slot)
    {
        if (slot.Index >= 0)
        {
            _closed[slot.Index] = Summarise(slot, TimeSpan.MaxValue);
            if (slot.Ok.Count > 0)
            {
                _closedHistograms[slot.Index] = HistogramCodec.Encode(slot.Ok.Hdr);
            }
        }

        slot.Ok.Reset();
        slot.FailCount = 0;
        slot.ErrorsByStatus.Clear();
    }

    private IntervalStats Summarise(Slot slot, TimeSpan end)
    {
        var ok = slot.Ok.Count;
        var fail = Volatile.Read(ref slot.FailCount);
        var start = _interval * slot.Index;
        var covered = end - start < _interval ? end - start : _interval;
        var seconds = Math.Max(covered.TotalSeconds, 1e-3);
        return new IntervalStats(
            slot.Index,
            start.TotalSeconds,
            Math.Round(seconds, 3),
            ok,
            fail,
            Math.Round((ok + fail) / seconds, 2),
            slot.Ok.ValueAtPercentile(50) / 1000.0,
            slot.Ok.ValueAtPercentile(95) / 1000.0,
            slot.Ok.ValueAtPercentile(99) / 1000.0,
            slot.ErrorsByStatus.Snapshot());
    }

    private IntervalStats Empty(long index) =>
        new(index, index * _interval.TotalSeconds, _interval.TotalSeconds, 0, 0, 0, 0, 0, 0, new Dictionary<string, long>());

    private sealed class Slot
    {
        public long Index = -1;
        public long FailCount;

        public LatencyHistogram Ok { get; } = new();

        public KeyCounter ErrorsByStatus { get; } = new(20);
    }
}
