namespace MfaConformance.StepDefinitions;

/// <summary>The glossary phrases of the custom parameter types and their values.</summary>
public static class ParameterPhrases
{
    public const string OtpRegex = "the customer's own OTP|a wrong OTP|the previous OTP";

    public const string CredentialRegex =
        "the first-factor session token|the first-factor session|the first-factor token|the first-factor key|the MFA session token"
        + "|a tampered MFA token|a tampered MFA key|the other customer's MFA token|the other customer's MFA key";

    public const string DefectRegex = "missing|empty";

    /// <summary>A double-quoted password literal (may be empty; no quote inside: Reqnroll takes a parameter regex with "(?" as ".*").</summary>
    public const string PasswordRegex = "\"[^\"]*\"";

    /// <summary>The literal inside the quotes of a {password} argument.</summary>
    public static string UnquotePassword(string quoted) =>
        quoted.Length >= 2 && quoted[0] == '"' && quoted[^1] == '"' ? quoted[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : quoted;

    public static readonly IReadOnlyDictionary<string, OtpReference> Otps = new Dictionary<string, OtpReference>(StringComparer.Ordinal)
    {
        ["the customer's own OTP"] = OtpReference.Own,
        ["a wrong OTP"] = OtpReference.Wrong,
        ["the previous OTP"] = OtpReference.Previous,
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
