namespace MfaConformance.Cli.Conformance;

/// <summary>
/// Why each section-5 variant (<see cref="ReferenceServer.Mutants.Mutants.Variants"/>) must not fail a @documented
/// scenario: it reads one inconsistency of the docs differently from our default, which the docs do not state, so
/// only @inferred scenarios flag it (as a warning).
/// </summary>
internal static class VariantReasons
{
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["session-not-consumed"] = "S5 tells the client to take a new MFA session after the OTP; that the old one is then refused (1505) is our default #6.",
        ["primary-token-as-mfa-token"] = "Refusing T1 on mfa/password/change and mfa/token/expire is our default #3/#4 (the S7 example itself carries a non-T2 token).",
        ["primary-session-for-mfa-otp"] = "S18 even shows mfa/OTP/generate with the primary session; requiring M is our default #5.",
        ["no-first-time-password-check"] = "Only S1 names the password fields of mfa/token/generate; that a first-time user must send them (1520) is our default #1.",
    };

    public static string? ReasonFor(string mutant) => Reasons.TryGetValue(mutant, out var reason) ? reason : null;
}
