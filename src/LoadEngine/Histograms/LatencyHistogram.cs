using HdrHistogram;

namespace MfaConformance.LoadEngine.Histograms;

/// <summary>
/// Latency in microseconds, recorded into an HdrHistogram (<see cref="LongConcurrentHistogram"/>, 3 significant
/// digits: a reported percentile is within 0.1% of the recorded values it stands for), range 1 µs .. 1 hour (larger
/// values are clamped, negative ones count as 0). HdrHistogram does the bucketing, percentiles, merging and encoding;
/// this type adds the exact minimum, maximum and sum (mean), which merge exactly too, so histograms from many
/// iterations, intervals or machines add up to exactly what one histogram fed every sample would hold.
/// Recording is thread-safe (Interlocked); reads are consistent once writers stop.
/// </summary>
public sealed class LatencyHistogram
{
    /// <summary>The largest value kept (1 hour in µs).</summary>
    public const long HighestTrackableValue = 3_600_000_000;

    /// <summary>HdrHistogram precision: 3 significant digits.</summary>
    public const int SignificantDigits = 3;

    private readonly LongConcurrentHistogram _hdr = NewHdr();
    private long _sum;
    private long _min = long.MaxValue;
    private long _max = long.MinValue;

    /// <summary>The HdrHistogram holding the counts (for encoding and the .hlog interval log).</summary>
    public HistogramBase Hdr => _hdr;

    /// <summary>Number of recorded values.</summary>
    public long Count => _hdr.TotalCount;

    /// <summary>Smallest recorded value (exact), 0 when empty.</summary>
    public long Min => Count == 0 ? 0 : Volatile.Read(ref _min);

    /// <summary>Largest recorded value (exact, after clamping), 0 when empty.</summary>
    public long Max => Count == 0 ? 0 : Volatile.Read(ref _max);

    /// <summary>Sum of the recorded values (exact).</summary>
    public long Sum => Volatile.Read(ref _sum);

    /// <summary>Arithmetic mean of the recorded values (exact sum), 0 when empty.</summary>
    public double Mean => Count == 0 ? 0 : (double)Volatile.Read(ref _sum) / Count;

    /// <summary>A new empty HdrHistogram with this type's range and precision.</summary>
    public static LongConcurrentHistogram NewHdr() => new(1, HighestTrackableValue, SignificantDigits);

    /// <summary>Records one value; negative values count as 0, values past the range are clamped.</summary>
    public void Record(long value)
    {
        value = Math.Clamp(value, 0, HighestTrackableValue);
        _hdr.RecordValue(value);
        Interlocked.Add(ref _sum, value);
        UpdateMin(value);
        UpdateMax(value);
    }

    /// <summary>Adds every count of <paramref name="other"/> to this histogram (exact).</summary>
    public void Merge(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }

        Merge(other._hdr, other.Min, other.Max, other.Sum);
    }

    /// <summary>Adds the counts of an HdrHistogram (e.g. decoded from another machine) with its exact min, max and sum.</summary>
    public void Merge(HistogramBase counts, long min, long max, long sum)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.TotalCount == 0)
        {
            return;
        }

        _hdr.Add(counts);
        Interlocked.Add(ref _sum, sum);
        UpdateMin(min);
        UpdateMax(max);
    }

    /// <summary>
    /// The value at <paramref name="percentile"/> (0-100): HdrHistogram's highest equivalent value of the bucket holding
    /// that rank, capped by the exact maximum; 0 when empty.
    /// </summary>
    public long ValueAtPercentile(double percentile)
    {
        if (Count == 0)
        {
            return 0;
        }

        return Math.Min(_hdr.GetValueAtPercentile(Math.Clamp(percentile, 0, 100)), Max);
    }

    public void Reset()
    {
        _hdr.Reset();
        Volatile.Write(ref _sum, 0);
        Volatile.Write(ref _min, long.MaxValue);
        Volatile.Write(ref _max, long.MinValue);
    }

    private void UpdateMin(long value)
    {
        var current = Volatile.Read(ref _min);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref _min, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private void UpdateMax(long value)
    {
        var current = Volatile.Read(ref _max);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref _max, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
