namespace MfaConformance.Cli.Security;

/// <summary>
/// One row of the security stage: the check it belongs to (<c>@security @check:NAME</c>), the OWASP item it cites
/// (ASVS 4.0 or WSTG), its verdict and measured figure, the statistic used with its false-alarm rate, and the evidence:
/// redacted exchanges and a curl replay (secrets as shell variables).
/// </summary>
internal sealed record SecurityCheckResult
{
    public required string Check { get; init; }

    public required string Id { get; init; }

    /// <summary>The OWASP item, e.g. "ASVS 4.0 3.2.2" or "WSTG-IDNT-04".</summary>
    public required string Item { get; init; }

    public required string Title { get; init; }

    public required SecurityVerdict Verdict { get; init; }

    /// <summary>The measured figure, e.g. "2000 session ids, 0 collisions, ≈ 121 unpredictable bits".</summary>
    public required string Figure { get; init; }

    /// <summary>How the figure was judged: the test, its threshold and its false-alarm rate.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>Redacted exchanges that show the figure (a finding's first offending exchange first).</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>A curl command replaying the representative call, secrets as shell variables ($PASSWORD, $TOKEN...).</summary>
    public string? Curl { get; init; }
}
