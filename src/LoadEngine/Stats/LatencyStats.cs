using MfaConformance.LoadEngine.Histograms;

namespace MfaConformance.LoadEngine.Stats;

/// <summary>Latency figures in milliseconds, read from a histogram of microseconds.</summary>
public sealed record LatencyStats(double MinMs, double MeanMs, double MaxMs, double P50Ms, double P75Ms, double P95Ms, double P99Ms, double P999Ms)
{
    /// <summary>All zeros (no samples).</summary>
    public static LatencyStats Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Reads the figures of a histogram of microseconds.</summary>
    public static LatencyStats From(LatencyHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        if (histogram.Count == 0)
        {
            return Empty;
        }

        return new LatencyStats(
            Ms(histogram.Min),
            Math.Round(histogram.Mean / 1000.0, 3),
            Ms(histogram.Max),
            Ms(histogram.ValueAtPercentile(50)),
            Ms(histogram.ValueAtPercentile(75)),
            Ms(histogram.ValueAtPercentile(95)),
            Ms(histogram.ValueAtPercentile(99)),
            Ms(histogram.ValueAtPercentile(99.9)));
    }

    private static double Ms(long micros) => Math.Round(micros / 1000.0, 3);
}
