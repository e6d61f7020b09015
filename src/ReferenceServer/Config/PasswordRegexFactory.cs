using System.Text.RegularExpressions;

namespace MfaConformance.ReferenceServer.Config;

/// <summary>
/// Builds the regex of a brand's <c>MFA_PASSWORD_REGEX</c>, which comes from the (untrusted) brand hook. The
/// non-backtracking engine runs in time linear in the password, so a catastrophic pattern such as <c>^(a+)+$</c>
/// costs microseconds; patterns it cannot run (lookarounds, backreferences, very large counted loops) use the
/// backtracking engine with a short <see cref="MatchTimeout"/>, after which the password is refused (1542).
/// </summary>
internal static class PasswordRegexFactory
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>The regex for <paramref name="pattern"/>; throws <see cref="ArgumentException"/> for an invalid pattern.</summary>
    public static Regex Create(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
    }
}
