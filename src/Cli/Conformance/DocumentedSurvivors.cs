namespace MfaConformance.Cli.Conformance;

/// <summary>
/// Mutants that no @documented scenario can kill, and why: each breaks only a rule the docs do not state (a
/// section-5 default or our mapping of an error code), so only @inferred scenarios catch them.
/// </summary>
internal static class DocumentedSurvivors
{
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["session-not-consumed"] = "S5 tells the client to take a new MFA session after the OTP; that the old one is then refused (1505) is our default #6.",
        ["allow-same-password"] = "1527's text exists in the code list (S19) but no page says which call enforces it; the mapping to mfa/password/change is ours.",
        ["view-token-as-mfa-token"] = "E13 names T2 as the token; refusing the VIEW token of mfa/token/generate is our default #17.",
        ["primary-token-as-mfa-token"] = "Refusing T1 on mfa/password/change and mfa/token/expire is our default #3/#4 (the S7 example itself carries a non-T2 token).",
        ["primary-session-for-mfa-otp"] = "S18 even shows mfa/OTP/generate with the primary session; requiring M is our default #5.",
        ["no-first-time-password-check"] = "Only S1 names the password fields of mfa/token/generate; that a first-time user must send them (1520) is our default #1.",
    };

    public static string? ReasonFor(string mutant) => Reasons.TryGetValue(mutant, out var reason) ? reason : null;
}
