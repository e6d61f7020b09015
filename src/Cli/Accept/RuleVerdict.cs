namespace MfaConformance.Cli.Accept;

/// <summary>
/// One cell of the rule × endpoint matrix on the acceptance page: "passed", "failed", "not run" or "n/a", the
/// @documented scenarios that failed there, and the @inferred/@hardening companions that failed (warnings).
/// </summary>
internal sealed record RuleVerdict(string Rule, string RuleTitle, string Endpoint, string Verdict, string? NotApplicable, IReadOnlyList<string> Failing, IReadOnlyList<string> Warnings)
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string NotRun = "not run";
    public const string NotApplicableVerdict = "n/a";
}
