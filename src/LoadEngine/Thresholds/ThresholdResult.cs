namespace MfaConformance.LoadEngine.Thresholds;

/// <summary>The verdict of one threshold. <see cref="Actual"/> is null when nothing could be measured.</summary>
public sealed record ThresholdResult(string Expression, bool Passed, double? Actual, string ActualText, string? Detail, bool AbortedRun);
