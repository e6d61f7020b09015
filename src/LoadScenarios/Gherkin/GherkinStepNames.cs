using System.Text;
using System.Text.RegularExpressions;

namespace MfaConformance.LoadScenarios;

/// <summary>
/// Stable snake_case names for pickle steps: an action of the glossary gets its action name
/// ("the customer validates the MFA password \"x\"" -> mfa_password_validate); any other step its words without
/// quoted values, at most 80 characters ("the customer does something \"x\"" -> the_customer_does_something).
/// </summary>
public static partial class GherkinStepNames
{
    private const int MaxLength = 80;

    private static readonly (Regex Pattern, string Name)[] Actions =
    [
        (new Regex("^the customer starts the first factor", RegexOptions.CultureInvariant), LoadStepNames.TokenGenerate),
        (new Regex("^the customer requests a first-factor OTP", RegexOptions.CultureInvariant), LoadStepNames.OtpGenerate),
        (new Regex("^the customer submits .* as the first-factor OTP", RegexOptions.CultureInvariant), LoadStepNames.OtpValidate),
        (new Regex("^the customer requests an MFA session", RegexOptions.CultureInvariant), LoadStepNames.MfaTokenGenerate),
        (new Regex("^the customer requests an MFA OTP", RegexOptions.CultureInvariant), LoadStepNames.MfaOtpGenerate),
        (new Regex("^the customer submits .* as the MFA OTP", RegexOptions.CultureInvariant), LoadStepNames.MfaOtpValidate),
        (new Regex("^the customer validates the MFA password", RegexOptions.CultureInvariant), LoadStepNames.MfaPasswordValidate),
        (new Regex("^the customer resets the MFA password", RegexOptions.CultureInvariant), LoadStepNames.MfaPasswordForget),
        (new Regex("^the customer changes the MFA password", RegexOptions.CultureInvariant), LoadStepNames.MfaPasswordChange),
        (new Regex("^the customer regenerates the MFA token", RegexOptions.CultureInvariant), LoadStepNames.MfaTokenRegenerate),
        (new Regex("^the customer expires the MFA token", RegexOptions.CultureInvariant), LoadStepNames.MfaTokenExpire),
    ];

    /// <summary>The load step name of a step text.</summary>
    public static string For(string stepText)
    {
        ArgumentNullException.ThrowIfNull(stepText);
        foreach (var (pattern, name) in Actions)
        {
            if (pattern.IsMatch(stepText))
            {
                return name;
            }
        }

        return SnakeCase(stepText);
    }

    /// <summary>Words of the text without quoted values, lower-case, joined by '_', at most 80 characters.</summary>
    public static string SnakeCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Word().Matches(Quoted().Replace(text, " ")).Select(m => m.Value.ToLowerInvariant());
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            if (builder.Length + word.Length + 1 > MaxLength)
            {
                break;
            }

            builder.Append(builder.Length == 0 ? string.Empty : "_").Append(word);
        }

        return builder.Length == 0 ? "step" : builder.ToString();
    }

    [GeneratedRegex("\"[^\"]*\"|<[^>]*>")]
    private static partial Regex Quoted();

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Word();
}
