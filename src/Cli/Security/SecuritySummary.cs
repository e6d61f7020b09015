namespace MfaConformance.Cli.Security;

/// <summary>The security stage as the acceptance bundle shows it: every check's row, the sample size and the time taken.</summary>
internal sealed record SecuritySummary
{
    public IReadOnlyList<SecurityCheckResult> Checks { get; init; } = [];

    public int Samples { get; init; }

    public double ElapsedSeconds { get; init; }

    public int Calls { get; init; }

    /// <summary>The stage's report relative to the bundle, e.g. security/security.md.</summary>
    public string? Report { get; init; }

    /// <summary>Why nothing was checked (skipped, no sandbox hooks), else null.</summary>
    public string? NotRunReason { get; init; }

    public int Findings => Checks.Count(c => c.Verdict == SecurityVerdict.Finding);
}
