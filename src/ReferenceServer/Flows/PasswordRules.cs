using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Config;
using MfaConformance.ReferenceServer.Mutants;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>Rules for a new password: present (1520), confirmed (1521) and, for MFA, matching MFA_PASSWORD_REGEX (1542).</summary>
internal static class PasswordRules
{
    public static string CheckNew(string? password, string? confirmPassword, BrandConfig? mfaConfig, ActiveMutant mutant, MutantEndpoint endpoint)
    {
        if (string.IsNullOrEmpty(password))
        {
            throw new ApiException(ErrorCodes.PasswordRequired);
        }

        // the confirm mutants still require a confirmPassword: only the comparison is skipped
        var compareSkipped = !string.IsNullOrEmpty(confirmPassword) && mutant.Skips(MutantCheck.ConfirmPassword, endpoint);
        if (!Repeats(password, confirmPassword, mutant) && !compareSkipped)
        {
            throw new ApiException(ErrorCodes.ConfirmMismatch);
        }

        if (mfaConfig?.PasswordRegex is { } regex && !mutant.Skips(MutantCheck.PasswordRegex, endpoint) && !Matches(RegexOf(regex, mutant), password))
        {
            throw new ApiException(ErrorCodes.PasswordRequirements);
        }

        return password;
    }

    /// <summary>confirmPassword repeats the password exactly (the confirm-password-trimmed mutant compares them trimmed).</summary>
    private static bool Repeats(string password, string? confirmPassword, ActiveMutant mutant) =>
        string.Equals(password, confirmPassword, StringComparison.Ordinal)
        || (confirmPassword is not null && mutant.Is(ExplorerMutantNames.ConfirmPasswordTrimmed)
            && string.Equals(password.Trim(), confirmPassword.Trim(), StringComparison.Ordinal));

    /// <summary>The brand's regex; the password-regex-ignores-case mutant evaluates it without regard to case.</summary>
    private static System.Text.RegularExpressions.Regex RegexOf(System.Text.RegularExpressions.Regex regex, ActiveMutant mutant) =>
        mutant.Is(ExplorerMutantNames.PasswordRegexIgnoresCase)
            ? new System.Text.RegularExpressions.Regex(regex.ToString(), regex.Options | System.Text.RegularExpressions.RegexOptions.IgnoreCase, regex.MatchTimeout)
            : regex;

    /// <summary>A pattern that does not finish within its match timeout refuses the password (1542, saying why).</summary>
    private static bool Matches(System.Text.RegularExpressions.Regex regex, string password)
    {
        try
        {
            return regex.IsMatch(password);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            throw new ApiException(
                ErrorCodes.PasswordRequirements,
                $"MFA_PASSWORD_REGEX did not finish within {PasswordRegexFactory.MatchTimeout.TotalMilliseconds:0} ms on this password");
        }
    }
}
