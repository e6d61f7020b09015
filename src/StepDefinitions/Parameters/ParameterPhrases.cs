namespace MfaConformance.StepDefinitions.Parameters;

/// <summary>The glossary phrases of the custom parameter types and their values.</summary>
public static class ParameterPhrases
{
    public const string OtpRegex =
        "the customer's own OTP without its last digit|the customer's own OTP with an extra digit|the customer's own OTP"
        + "|a wrong OTP|the previous OTP|the OTP of the earlier session|the first-factor OTP";

    public const string CredentialRegex =
        "the first-factor session token|the first-factor session|the first-factor token|the first-factor key|the MFA session token"
        + "|the MFA session|the MFA token|the MFA key|a session that was never issued"
        + "|a tampered MFA token|a tampered MFA key|the other customer's MFA token|the other customer's MFA key";

    public const string DefectRegex = "missing|empty";

    public const string VariantRegex = "in another case|with a leading space|with a trailing space|with one more character|without its last character";

    public static readonly IReadOnlyDictionary<string, ValueVariant> Variants = new Dictionary<string, ValueVariant>(StringComparer.Ordinal)
    {
        ["in another case"] = ValueVariant.OtherCase,
        ["with a leading space"] = ValueVariant.LeadingSpace,
        ["with a trailing space"] = ValueVariant.TrailingSpace,
        ["with one more character"] = ValueVariant.OneMoreCharacter,
        ["without its last character"] = ValueVariant.WithoutLastCharacter,
    };

    public static ValueVariant ParseVariant(string phrase) =>
        Variants.TryGetValue(phrase, out var value) ? value : throw new ArgumentException($"'{phrase}' is not a value variant; expected one of: {string.Join(", ", Variants.Keys)}", nameof(phrase));

    /// <summary>The glossary phrase of <paramref name="variant"/>.</summary>
    public static string Phrase(ValueVariant variant) => Variants.First(v => v.Value == variant).Key;

    /// <summary>The value <paramref name="variant"/> derives from <paramref name="value"/> (N10).</summary>
    public static string Derive(string value, ValueVariant variant)
    {
        ArgumentNullException.ThrowIfNull(value);
        return variant switch
        {
            ValueVariant.OtherCase => new string([.. value.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))]),
            ValueVariant.LeadingSpace => " " + value,
            ValueVariant.TrailingSpace => value + " ",
            ValueVariant.OneMoreCharacter => value + (value.Length > 0 && char.IsAsciiDigit(value[^1]) ? "1" : "x"),
            ValueVariant.WithoutLastCharacter => value.Length > 0 ? value[..^1] : value,
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "unknown value variant"),
        };
    }

    /// <summary>
    /// A double-quoted password literal (may be empty), optionally followed by how the sent password derives from it.
    /// No group and no quote inside the literal: Reqnroll takes a parameter-type regex with "(?" as ".*".
    /// </summary>
    public const string PasswordRegex = "\"[^\"]*\" in another case|\"[^\"]*\" with one more character|\"[^\"]*\" without its last character|\"[^\"]*\"";

    public static readonly IReadOnlyDictionary<string, PasswordVariant> PasswordVariants = new Dictionary<string, PasswordVariant>(StringComparer.Ordinal)
    {
        [" in another case"] = PasswordVariant.OtherCase,
        [" with one more character"] = PasswordVariant.OneMoreCharacter,
        [" without its last character"] = PasswordVariant.WithoutLastCharacter,
    };

    /// <summary>The literal inside the quotes of a {password} argument.</summary>
    public static string UnquotePassword(string quoted) => SplitPassword(quoted).Literal;

    /// <summary>The literal inside the quotes of a {password} argument and the variant its suffix names.</summary>
    public static (string Literal, PasswordVariant Variant) SplitPassword(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var variant = PasswordVariant.Exact;
        var quoted = argument;
        foreach (var (suffix, value) in PasswordVariants)
        {
            if (argument.EndsWith(suffix, StringComparison.Ordinal) && argument.Length > suffix.Length && argument[^(suffix.Length + 1)] == '"')
            {
                quoted = argument[..^suffix.Length];
                variant = value;
                break;
            }
        }

        var literal = quoted.Length >= 2 && quoted[0] == '"' && quoted[^1] == '"' ? quoted[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : quoted;
        return (literal, variant);
    }

    /// <summary>The password <paramref name="variant"/> derives from <paramref name="password"/>.</summary>
    public static string Derive(string password, PasswordVariant variant)
    {
        ArgumentNullException.ThrowIfNull(password);
        return variant switch
        {
            PasswordVariant.Exact => password,
            PasswordVariant.OtherCase => new string([.. password.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))]),
            PasswordVariant.OneMoreCharacter => password + (password.Length > 0 && char.IsAsciiDigit(password[^1]) ? "x" : "7"),
            PasswordVariant.WithoutLastCharacter => password.Length > 0 ? password[..^1] : password,
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "unknown password variant"),
        };
    }

    public static readonly IReadOnlyDictionary<string, OtpReference> Otps = new Dictionary<string, OtpReference>(StringComparer.Ordinal)
    {
        ["the customer's own OTP"] = OtpReference.Own,
        ["a wrong OTP"] = OtpReference.Wrong,
        ["the previous OTP"] = OtpReference.Previous,
        ["the customer's own OTP without its last digit"] = OtpReference.OwnWithoutLastDigit,
        ["the customer's own OTP with an extra digit"] = OtpReference.OwnWithExtraDigit,
        ["the OTP of the earlier session"] = OtpReference.EarlierSession,
        ["the first-factor OTP"] = OtpReference.FirstFactor,
    };

    public static readonly IReadOnlyDictionary<string, CredentialReference> Credentials = new Dictionary<string, CredentialReference>(StringComparer.Ordinal)
    {
        ["the first-factor session token"] = CredentialReference.FirstFactorSessionToken,
        ["the first-factor session"] = CredentialReference.FirstFactorSession,
        ["the first-factor token"] = CredentialReference.FirstFactorToken,
        ["the first-factor key"] = CredentialReference.FirstFactorKey,
        ["the MFA session token"] = CredentialReference.MfaSessionToken,
        ["a tampered MFA token"] = CredentialReference.TamperedMfaToken,
        ["a tampered MFA key"] = CredentialReference.TamperedMfaKey,
        ["the other customer's MFA token"] = CredentialReference.OtherCustomersMfaToken,
        ["the other customer's MFA key"] = CredentialReference.OtherCustomersMfaKey,
        ["the MFA session"] = CredentialReference.MfaSession,
        ["the MFA token"] = CredentialReference.MfaToken,
        ["the MFA key"] = CredentialReference.MfaKey,
        ["a session that was never issued"] = CredentialReference.UnissuedSession,
    };

    public static OtpReference ParseOtp(string phrase) =>
        Otps.TryGetValue(phrase, out var value) ? value : throw new ArgumentException($"'{phrase}' is not an OTP phrase; expected one of: {string.Join(", ", Otps.Keys)}", nameof(phrase));

    public static CredentialReference ParseCredential(string phrase) =>
        Credentials.TryGetValue(phrase, out var value) ? value : throw new ArgumentException($"'{phrase}' is not a credential phrase; expected one of: {string.Join(", ", Credentials.Keys)}", nameof(phrase));

    public static FieldDefect ParseDefect(string phrase) => phrase switch
    {
        "missing" => FieldDefect.Missing,
        "empty" => FieldDefect.Empty,
        _ => throw new ArgumentException($"'{phrase}' is not a field defect; expected 'missing' or 'empty'", nameof(phrase)),
    };
}
