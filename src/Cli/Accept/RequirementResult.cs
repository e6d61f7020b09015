namespace MfaConformance.Cli.Accept;

/// <summary>
/// The verdict of one scenario (or outline row) of the suite: its level (documented, inferred, hardening),
/// its spec citation and its outcome ("passed", "failed", "not run"). Messages are already redacted.
/// </summary>
internal sealed record RequirementResult(
    string Level,
    string Feature,
    string Scenario,
    string Citation,
    string Outcome,
    string? Message)
{
    /// <summary>For a failed scenario: the bundle-relative link to its evidence (its entry in the conformance report's failures section).</summary>
    public string? Evidence { get; init; }

    /// <summary>For a failed scenario: its W3C trace id (the traceparent of every call it made), so the vendor finds the calls in their logs.</summary>
    public string? TraceId { get; init; }
}
