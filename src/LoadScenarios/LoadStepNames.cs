namespace MfaConformance.LoadScenarios;

/// <summary>The stable snake_case names of the measured steps (one per API action of the glossary).</summary>
public static class LoadStepNames
{
    public const string TokenGenerate = "token_generate";
    public const string OtpGenerate = "otp_generate";
    public const string OtpValidate = "otp_validate";
    public const string MfaTokenGenerate = "mfa_token_generate";
    public const string MfaOtpGenerate = "mfa_otp_generate";
    public const string MfaOtpValidate = "mfa_otp_validate";
    public const string MfaPasswordValidate = "mfa_password_validate";
    public const string MfaPasswordForget = "mfa_password_forget";
    public const string MfaPasswordChange = "mfa_password_change";
    public const string MfaTokenRegenerate = "mfa_token_regenerate";
    public const string MfaTokenExpire = "mfa_token_expire";

    /// <summary>E13 on its alias path /auth/v1/password/change (#3).</summary>
    public const string PasswordChange = "password_change";

    /// <summary>token/regenerate with the first-factor key K1.</summary>
    public const string TokenRegenerate = "token_regenerate";

    /// <summary>The unmeasured OTP read through the OTP source (sandbox hooks) before a validate step.</summary>
    public const string ReadOtp = "read_otp";
}
