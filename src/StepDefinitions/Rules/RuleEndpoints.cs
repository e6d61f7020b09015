namespace MfaConformance.StepDefinitions.Rules;

/// <summary>The columns of the rule matrix, in flow order: every endpoint the MFA flow calls.</summary>
public static class RuleEndpoints
{
    public const string TokenGenerate = "token/generate";
    public const string OtpGenerate = "otp/generate";
    public const string OtpValidate = "otp/validate";
    public const string TokenRegenerate = "token/regenerate";
    public const string MfaTokenGenerate = "mfa/token/generate";
    public const string MfaOtpGenerate = "mfa/otp/generate";
    public const string MfaOtpValidate = "mfa/otp/validate";
    public const string MfaPasswordValidate = "mfa/password/validate";
    public const string MfaPasswordForget = "mfa/password/forget";
    public const string MfaPasswordChange = "mfa/password/change";
    public const string PasswordChange = "password/change";
    public const string MfaTokenRegenerate = "mfa/token/regenerate";
    public const string MfaTokenExpire = "mfa/token/expire";

    public static IReadOnlyList<RuleEndpoint> All { get; } =
    [
        new(TokenGenerate, "E1", "first factor: token"),
        new(OtpGenerate, "E2", "first factor: OTP request"),
        new(OtpValidate, "E3", "first factor: OTP validation"),
        new(TokenRegenerate, "E5", "first-factor token regeneration"),
        new(MfaTokenGenerate, "E8", "MFA session"),
        new(MfaOtpGenerate, "E9", "MFA OTP request"),
        new(MfaOtpValidate, "E10", "MFA OTP validation"),
        new(MfaPasswordValidate, "E11", "MFA password validation"),
        new(MfaPasswordForget, "E12", "MFA password reset"),
        new(MfaPasswordChange, "E13", "MFA password change"),
        new(PasswordChange, "E13 #3", "change on the password/change path"),
        new(MfaTokenRegenerate, "E14", "MFA token regeneration"),
        new(MfaTokenExpire, "E15", "MFA token expiry (logout)"),
    ];

    public static RuleEndpoint? Find(string id) => All.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
}
