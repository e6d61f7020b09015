namespace MfaConformance.LoadEngine.Thresholds;

/// <summary>The verdict of one threshold. <see cref="Actual"/> is null when nothing could be measured.</summary>
public sealed record ThresholdResult(string Expression, bool Passed, double? Actual, string ActualText, string? Detail, bool AbortedRun)
{
    /// <summary>
    /// The threshold is an abort limit (<see cref="Threshold.AbortOnFail"/>): besides the verdict at the end, it is checked
    /// every reporting interval once <see cref="AbortCheckAfterSeconds"/> were measured, and a failure stops the run.
    /// </summary>
    public bool AbortLimit { get; init; }

    /// <summary>For an abort limit, how long the run measures before the first check (seconds); null otherwise.</summary>
    public double? AbortCheckAfterSeconds { get; init; }

    /// <summary>Why the threshold is there, when whoever added it said (<see cref="Threshold.Description"/>).</summary>
    public string? Description { get; init; }
}
