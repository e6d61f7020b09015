namespace MfaConformance.LoadEngine.Stats;

/// <summary>One fixed interval of the run (by completion time, measured from the end of warm-up).</summary>
public sealed record IntervalStats(
    long Index,
    double StartSeconds,
    double DurationSeconds,
    long OkCount,
    long FailCount,
    double Rps,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    IReadOnlyDictionary<string, long> ErrorsByStatus);
