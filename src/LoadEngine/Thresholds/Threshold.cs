namespace MfaConformance.LoadEngine.Thresholds;

/// <summary>
/// A parsed threshold such as <c>p99(step=mfa_password_validate) &lt; 250ms</c>, <c>fail_rate &lt; 1%</c> or
/// <c>rps &gt;= 200</c>. <see cref="Limit"/> is in ms for latency, a fraction for fail_rate, a plain number otherwise.
/// With <see cref="AbortOnFail"/>, it is also checked every reporting interval after <see cref="StartCheckAfter"/>
/// and a failure stops the run.
/// </summary>
public sealed record Threshold(string Expression, ThresholdMetric Metric, ThresholdScope Scope, string? ScopeName, ThresholdComparator Comparator, double Limit)
{
    /// <summary>Stop the run as soon as a periodic check fails.</summary>
    public bool AbortOnFail { get; init; }

    /// <summary>Periodic checks begin this long after measuring began.</summary>
    public TimeSpan StartCheckAfter { get; init; }

    /// <summary>Why the threshold is there, shown next to it in the reports (e.g. what an abort limit protects against).</summary>
    public string? Description { get; init; }

    /// <summary>True for the latency metrics (p50 … min).</summary>
    public bool IsLatency => Metric is ThresholdMetric.P50 or ThresholdMetric.P75 or ThresholdMetric.P95 or ThresholdMetric.P99
        or ThresholdMetric.P999 or ThresholdMetric.Max or ThresholdMetric.Mean or ThresholdMetric.Min;

    /// <summary>Parses an expression; a bad one throws <see cref="LoadConfigException"/> naming it and what is wrong.</summary>
    public static Threshold Parse(string expression, bool abortOnFail = false, TimeSpan? startCheckAfter = null) =>
        ThresholdParser.Parse(expression) with { AbortOnFail = abortOnFail, StartCheckAfter = startCheckAfter ?? TimeSpan.Zero };

    /// <summary>Whether <paramref name="actual"/> satisfies the threshold.</summary>
    public bool IsSatisfiedBy(double actual) => Comparator switch
    {
        ThresholdComparator.Less => actual < Limit,
        ThresholdComparator.LessOrEqual => actual <= Limit,
        ThresholdComparator.Greater => actual > Limit,
        ThresholdComparator.GreaterOrEqual => actual >= Limit,
        _ => Math.Abs(actual - Limit) < 1e-9,
    };

    /// <inheritdoc />
    public override string ToString() => Expression;
}
