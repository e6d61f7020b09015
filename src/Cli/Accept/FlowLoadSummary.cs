namespace MfaConformance.Cli.Accept;

/// <summary>The short load run of one flow: counts, latency of ok iterations (ms), thresholds, errors.</summary>
internal sealed record FlowLoadSummary(
    string Flow,
    bool Passed,
    long OkCount,
    long FailCount,
    double Rps,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    IReadOnlyList<ThresholdVerdict> Thresholds,
    IReadOnlyList<string> Errors,
    string? ReportPath);
