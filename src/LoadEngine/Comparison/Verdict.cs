namespace MfaConformance.LoadEngine.Comparison;

/// <summary>What the test says about one figure.</summary>
public enum Verdict
{
    /// <summary>The change is within the runs' own noise (or smaller than the smallest change reported).</summary>
    NoDifference,

    /// <summary>Worse beyond the noise: slower, fewer calls per second, or more errors.</summary>
    Regression,

    /// <summary>Better beyond the noise.</summary>
    Improvement,
}
