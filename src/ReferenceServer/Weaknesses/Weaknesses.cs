namespace MfaConformance.ReferenceServer.Weaknesses;

/// <summary>
/// The catalogue of planted security weaknesses: debug switches of the reference server (<c>serve --debug-weakness
/// NAME</c>, repeatable) that make it unsafe in one way the documentation does not forbid, so the conformance suite
/// still passes and only the security stage's named check may flag it. Never for production use.
/// </summary>
public static class Weaknesses
{
    /// <summary>The per-character cost of the early-exit password compare (large enough to measure on a loopback).</summary>
    public static readonly TimeSpan PerCharacterCost = TimeSpan.FromMilliseconds(1);

    public static IReadOnlyList<WeaknessInfo> All { get; } =
    [
        new(WeaknessNames.CounterToken, "Tokens and keys are a process-wide counter ('T-' and 16 hex digits), not signed random values.", "entropy"),
        new(WeaknessNames.EarlyExitPasswordCompare, "Passwords are compared in plain text character by character, stopping at the first difference, 1 ms per matching character.", "timing"),
        new(WeaknessNames.UnknownCustomerDiffers, "A password validation for a customer without a password answers 1515 'User does not exist' at once, not the wrong-password answer.", "enumeration"),
        new(WeaknessNames.Otp1000Values, "OTPs are drawn from 1,000 values (spread over the whole digit range), not from 10^length.", "entropy"),
        new(WeaknessNames.EchoPassword, "A wrong-password answer echoes the password sent in its message.", "secrecy"),
    ];

    /// <summary>The lines of <c>--list-weaknesses</c>.</summary>
    public static IEnumerable<string> Listing() =>
        new[] { "Planted security weaknesses (debug switches: --debug-weakness NAME, repeatable; never for production):" }
            .Concat(All.Select(w => "  " + w.Describe()));

    public static WeaknessInfo? Find(string name) => All.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.Ordinal));
}
