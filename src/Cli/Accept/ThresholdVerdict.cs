namespace MfaConformance.Cli.Accept;

/// <summary>One load threshold: its expression, whether it held and the measured value.</summary>
internal sealed record ThresholdVerdict(string Expression, bool Passed, string Actual);
