namespace MfaConformance.LoadEngine.Thresholds;

/// <summary>What a threshold measures. Latency metrics read the ok side's CO-correct latency.</summary>
public enum ThresholdMetric
{
    /// <summary>50th percentile latency.</summary>
    P50,

    /// <summary>75th percentile latency.</summary>
    P75,

    /// <summary>95th percentile latency.</summary>
    P95,

    /// <summary>99th percentile latency.</summary>
    P99,

    /// <summary>99.9th percentile latency.</summary>
    P999,

    /// <summary>Largest latency.</summary>
    Max,

    /// <summary>Mean latency.</summary>
    Mean,

    /// <summary>Smallest latency.</summary>
    Min,

    /// <summary>Failed / all, as a fraction.</summary>
    FailRate,

    /// <summary>Ok plus failed per second.</summary>
    Rps,

    /// <summary>Failed count.</summary>
    FailCount,

    /// <summary>Ok count.</summary>
    OkCount,

    /// <summary>Open-model starts later than the lateness bound.</summary>
    LateStarts,

    /// <summary>Open-model starts dropped at the concurrency cap.</summary>
    DroppedStarts,
}
