namespace MfaConformance.Explorer.Model;

/// <summary>The documented configuration keys the model understands (spec §4), as the brand hook takes them.</summary>
public static class ConfigKeys
{
    public const string MfaPasswordEnabled = "IS_MFA_PASSWORD_ENABLED";
    public const string PasswordRegex = "MFA_PASSWORD_REGEX";
    public const string MfaPasswordRetry = "CONF_MFA_MAX_PASSWORD_RETRY_COUNT";
    public const string MfaOtpRetry = "CONF_MFA_MAX_OTP_RETRY_COUNT";
    public const string OtpRetry = "CONF_MAX_OTP_RETRY_COUNT";
    public const string SessionExpiry = "CONF_TOKEN_SESSION_EXPIRY_MINUTES";
    public const string MfaSessionExpiry = "CONF_MFA_SESSION_EXPIRY_MINUTES";
    public const string MfaTokenSessionExpiry = "CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES";
    public const string MfaTokenExpiry = "CONF_MFA_TOKEN_EXPIRY_IN_MINUTES";
    public const string KeyExpiryEnabled = "CONF_ENABLE_EXPIRY_BASED_KEY";
    public const string KeyExpiry = "CONF_KEY_EXPIRY_IN_MINUTES";
    public const string MfaKeyExpiry = "CONF_KEY_EXPIRY_MFA_IN_MINUTES";
    public const string AccountLocking = "CONF_ENABLE_ACCOUNT_LOCKING";
    public const string LockPeriod = "CONF_LOCK_PERIOD_IN_MINUTES";
    public const string MfaAccountLocking = "CONF_ENABLE_ACCOUNT_LOCKING_MFA";
    public const string MfaLockPeriod = "CONF_MFA_LOCK_PERIOD_IN_MINUTES";
    public const string AttemptInterval = "CONF_INCORRECT_ATTEMPT_INTERVAL";
    public const string OtpMaxCount = "otpMaxCount";
    public const string OtpTimeOut = "otpTimeOut";
    public const string OtpLength = "CONF_OTP_LENGTH";
    public const string RegenerateToken = "CONF_REGENERATE_TOKEN";
    public const string RegenerateMfaToken = "CONF_REGENERATE_MFA_TOKEN";
    public const string SkipOtpValidate = "CONF_SKIP_OTP_VALIDATE";
    public const string SkipOtpValidateReset = "CONF_SKIP_OTP_VALIDATE_RESET";

    /// <summary>Every key above, in the order configurations are printed.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        MfaPasswordEnabled, PasswordRegex, MfaPasswordRetry, MfaOtpRetry, OtpRetry, SessionExpiry, MfaSessionExpiry, MfaTokenSessionExpiry,
        MfaTokenExpiry, KeyExpiryEnabled, KeyExpiry, MfaKeyExpiry, AccountLocking, LockPeriod, MfaAccountLocking, MfaLockPeriod,
        AttemptInterval, OtpMaxCount, OtpTimeOut, OtpLength, RegenerateToken, RegenerateMfaToken, SkipOtpValidate, SkipOtpValidateReset,
    ];
}
