namespace MfaConformance.LoadEngine.Histograms;

/// <summary>
/// A log-linear (HDR-style) histogram of non-negative integer values (the engine records microseconds).
/// Values below 256 are counted exactly; above, each power-of-two range is split into 128 linear
/// sub-buckets, so a reported value (the bucket mid-point) is within 0.4% of any value in its bucket.
/// Range 0 .. 2^32-1 (about 71 minutes in µs); larger values are clamped. Memory is fixed (3,328 longs).
/// Recording is lock-free (Interlocked) and safe from many threads; reads are consistent once writers stop.
/// </summary>
public sealed class LatencyHistogram
{
    internal const int SubBucketBits = 8;
    internal const int SubBucketCount = 1 << SubBucketBits;      // 256 exact values at the bottom
    internal const int HalfCount = SubBucketCount / 2;            // 128 sub-buckets per power of two
    internal const long MaxTrackableValue = uint.MaxValue;
    internal const int BucketCount = SubBucketCount + ((32 - SubBucketBits) * HalfCount);

    private readonly long[] _counts = new long[BucketCount];
    private long _count;
    private long _sum;
    private long _min = long.MaxValue;
    private long _max = long.MinValue;

    /// <summary>Number of recorded values.</summary>
    public long Count => Volatile.Read(ref _count);

    /// <summary>Smallest recorded value (exact), 0 when empty.</summary>
    public long Min => Count == 0 ? 0 : Volatile.Read(ref _min);

    /// <summary>Largest recorded value (exact, after clamping), 0 when empty.</summary>
    public long Max => Count == 0 ? 0 : Volatile.Read(ref _max);

    /// <summary>Arithmetic mean of the recorded values (exact sum), 0 when empty.</summary>
    public double Mean => Count == 0 ? 0 : (double)Volatile.Read(ref _sum) / Count;

    /// <summary>Records one value; negative values count as 0, values past the range are clamped.</summary>
    public void Record(long value)
    {
        value = Math.Clamp(value, 0, MaxTrackableValue);
        Interlocked.Increment(ref _counts[IndexOf(value)]);
        Interlocked.Add(ref _sum, value);
        Interlocked.Increment(ref _count);
        UpdateMin(value);
        UpdateMax(value);
    }

    /// <summary>Adds every count of <paramref name="other"/> to this histogram.</summary>
    public void Merge(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }

        for (var i = 0; i < BucketCount; i++)
        {
            var c = Volatile.Read(ref other._counts[i]);
            if (c != 0)
            {
                Interlocked.Add(ref _counts[i], c);
            }
        }

        Interlocked.Add(ref _sum, Volatile.Read(ref other._sum));
        Interlocked.Add(ref _count, other.Count);
        UpdateMin(other.Min);
        UpdateMax(other.Max);
    }

    /// <summary>
    /// The value at percentile <paramref name="percentile"/> (0..100, nearest-rank), reported as the middle
    /// of its bucket and kept within [Min, Max]. 0 when empty.
    /// </summary>
    public long ValueAtPercentile(double percentile)
    {
        if (double.IsNaN(percentile) || percentile < 0 || percentile > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "percentile must be within 0..100");
        }

        var total = Count;
        if (total == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(percentile / 100.0 * total));
        if (rank >= total)
        {
            return Max;
        }

        if (rank == 1)
        {
            return Min;
        }

        long seen = 0;
        for (var i = 0; i < BucketCount; i++)
        {
            seen += Volatile.Read(ref _counts[i]);
            if (seen >= rank)
            {
                return Math.Clamp(MidValueOf(i), Min, Max);
            }
        }

        return Max;
    }

    /// <summary>Empties the histogram. Not safe while other threads record.</summary>
    public void Reset()
    {
        Array.Clear(_counts);
        _count = 0;
        _sum = 0;
        _min = long.MaxValue;
        _max = long.MinValue;
    }

    internal long CountAtIndex(int index) => Volatile.Read(ref _counts[index]);

    internal static int IndexOf(long value)
    {
        if (value < SubBucketCount)
        {
            return (int)value;
        }

        var exponent = 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)value);
        var shift = exponent - SubBucketBits + 1;
        return SubBucketCount + ((shift - 1) * HalfCount) + (int)((value >> shift) - HalfCount);
    }

    internal static long LowestValueOf(int index)
    {
        if (index < SubBucketCount)
        {
            return index;
        }

        var shift = ((index - SubBucketCount) / HalfCount) + 1;
        var sub = ((index - SubBucketCount) % HalfCount) + HalfCount;
        return (long)sub << shift;
    }

    internal static long MidValueOf(int index)
    {
        if (index < SubBucketCount)
        {
            return index;
        }

        var shift = ((index - SubBucketCount) / HalfCount) + 1;
        return LowestValueOf(index) + ((1L << shift) >> 1);
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
