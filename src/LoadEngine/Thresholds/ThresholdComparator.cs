namespace MfaConformance.LoadEngine.Thresholds;

/// <summary>How a threshold compares the measured value with its limit.</summary>
public enum ThresholdComparator
{
    /// <summary>&lt;</summary>
    Less,

    /// <summary>&lt;=</summary>
    LessOrEqual,

    /// <summary>&gt;</summary>
    Greater,

    /// <summary>&gt;=</summary>
    GreaterOrEqual,

    /// <summary>==</summary>
    Equal,
}
