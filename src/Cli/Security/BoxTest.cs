namespace MfaConformance.Cli.Security;

/// <summary>The outcome of <see cref="SecurityStatistics.Box"/>: the two boxes (ms), whether they are apart, the shift seen and the shift detectable.</summary>
internal sealed record BoxTest(bool Differ, double ALow, double AHigh, double BLow, double BHigh, double Shift, double Detectable);
