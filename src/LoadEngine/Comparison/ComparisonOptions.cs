namespace MfaConformance.LoadEngine.Comparison;

/// <summary>
/// How the comparison judges a change (see <see cref="IntervalTest"/>): the confidence of the interval, the number
/// of resamples, the smallest change it reports at all, and the fewest intervals a figure needs to be judged.
/// </summary>
public sealed record ComparisonOptions
{
    /// <summary>
    /// 1 − the family-wise level of the verdicts (0.99: when both runs come from one system, the chance that any figure
    /// of the comparison is flagged is at most 1%), and the two-sided confidence of each change's bootstrap interval.
    /// </summary>
    public double Confidence { get; init; } = 0.99;

    /// <summary>Shuffles per row for every figure's p-value, and the bootstrap's resamples for its interval.</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>
    /// The shuffles a figure that may be flagged gets in a family of <paramref name="familySize"/> figures: enough for
    /// its smallest possible p-value, 1 / (shuffles + 1), to be a quarter of what Holm's first step asks (level / size),
    /// and never fewer than <see cref="Resamples"/>.
    /// </summary>
    public int ShufflesFor(int familySize) =>
        (int)Math.Min(1_000_000, Math.Max(Resamples, Math.Ceiling(4.0 * Math.Max(1, familySize) / (1 - Confidence))));

    /// <summary>Latency and throughput: a change smaller than this (relative) is "no difference" even when it is beyond the noise.</summary>
    public double MinRelativeChange { get; init; } = 0.05;

    /// <summary>Error rate: a change smaller than this (absolute, 0.001 = 0.1 percentage points) is "no difference".</summary>
    public double MinErrorRateChange { get; init; } = 0.001;

    /// <summary>Fewer intervals than this on either side (each with calls): the figure is not judged ("no difference", with a note).</summary>
    public int MinIntervals { get; init; } = 5;

    /// <summary>Seed of the resampling (a comparison of the same two folders always gives the same verdicts).</summary>
    public int Seed { get; init; } = 19;
}
