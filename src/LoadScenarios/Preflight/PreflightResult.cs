namespace MfaConformance.LoadScenarios.Preflight;

/// <summary>What the load pre-flight found: passed, or the first check the target failed (a redacted reason naming the call).</summary>
public sealed record PreflightResult(bool Passed, string Summary)
{
    public static PreflightResult Pass(string summary) => new(true, summary);

    public static PreflightResult Fail(string reason) => new(false, reason);
}
