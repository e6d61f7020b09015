namespace MfaConformance.LoadEngine.Comparison;

/// <summary>
/// How the comparison judges a change (see <see cref="IntervalTest"/>): the confidence of the interval, the number
/// of resamples, the smallest change it reports at all, and the fewest intervals a figure needs to be judged.
/// </summary>
public sealed record ComparisonOptions
{
    /// <summary>Two-sided confidence of the bootstrap interval of each change (0.99: a figure is flagged when 0 is outside its 99% interval).</summary>
    public double Confidence { get; init; } = 0.99;

    /// <summary>Bootstrap resamples per row (each resample judges every figure of the row).</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>Latency and throughput: a change smaller than this (relative) is "no difference" even when it is beyond the noise.</summary>
    public double MinRelativeChange { get; init; } = 0.05;

    /// <summary>Error rate: a change smaller than this (absolute, 0.001 = 0.1 percentage points) is "no difference".</summary>
    public double MinErrorRateChange { get; init; } = 0.001;

    /// <summary>Fewer intervals than this on either side (each with calls): the figure is not judged ("no difference", with a note).</summary>
    public int MinIntervals { get; init; } = 5;

    /// <summary>Seed of the resampling (a comparison of the same two folders always gives the same verdicts).</summary>
    public int Seed { get; init; } = 19;
}
