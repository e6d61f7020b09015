using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Config;

/// <summary>Every configuration key of spec tables 4.1, 4.2 and 4.4, with its documented default.</summary>
internal static class ConfigKeys
{
    public const string TokenSessionExpiry = "CONF_TOKEN_SESSION_EXPIRY_MINUTES";
    public const string MfaTokenSessionExpiry = "CONF_MFA_TOKEN_SESSION_EXPIRY_MINUTES";
    public const string MfaSessionExpiry = "CONF_MFA_SESSION_EXPIRY_MINUTES";
    public const string MfaTokenExpiry = "CONF_MFA_TOKEN_EXPIRY_IN_MINUTES";
    public const string KeyExpiryEnabled = "CONF_ENABLE_EXPIRY_BASED_KEY";
    public const string KeyExpiry = "CONF_KEY_EXPIRY_IN_MINUTES";
    public const string MfaKeyExpiry = "CONF_KEY_EXPIRY_MFA_IN_MINUTES";
    public const string OtpLength = "CONF_OTP_LENGTH";
    public const string MaxOtpRetry = "CONF_MAX_OTP_RETRY_COUNT";
    public const string MaxPasswordRetry = "CONF_MAX_PASSWORD_RETRY_COUNT";
    public const string MfaMaxOtpRetry = "CONF_MFA_MAX_OTP_RETRY_COUNT";
    public const string MfaMaxPasswordRetry = "CONF_MFA_MAX_PASSWORD_RETRY_COUNT";
    public const string AccountLocking = "CONF_ENABLE_ACCOUNT_LOCKING";
    public const string LockPeriod = "CONF_LOCK_PERIOD_IN_MINUTES";
    public const string MfaAccountLocking = "CONF_ENABLE_ACCOUNT_LOCKING_MFA";
    public const string MfaLockPeriod = "CONF_MFA_LOCK_PERIOD_IN_MINUTES";
    public const string AttemptInterval = "CONF_INCORRECT_ATTEMPT_INTERVAL";
    public const string OtpMaxCount = "otpMaxCount";
    public const string OtpTimeOut = "otpTimeOut";
    public const string MfaPasswordEnabled = "IS_MFA_PASSWORD_ENABLED";
    public const string MfaPasswordRegex = "MFA_PASSWORD_REGEX";
    public const string RegenerateToken = "CONF_REGENERATE_TOKEN";
    public const string RegenerateMfaToken = "CONF_REGENERATE_MFA_TOKEN";
    public const string ExternalIdLogin = "CONF_EXTERNAL_ID_LOGIN_ENABLED";
    public const string SkipOtpValidate = "CONF_SKIP_OTP_VALIDATE";
    public const string SkipOtpValidateReset = "CONF_SKIP_OTP_VALIDATE_RESET";

    private const int MaxMinutes = 43_200;

    public static IReadOnlyList<ConfigKey> All { get; } =
    [
        new(TokenSessionExpiry, ConfigValueKind.Integer, 15, 1, MaxMinutes),
        new(MfaTokenSessionExpiry, ConfigValueKind.Integer, 15, 1, MaxMinutes),
        new(MfaSessionExpiry, ConfigValueKind.Integer, 15, 1, MaxMinutes),
        new(MfaTokenExpiry, ConfigValueKind.Integer, 15, 1, MaxMinutes),
        new(KeyExpiryEnabled, ConfigValueKind.Boolean, false),
        new(KeyExpiry, ConfigValueKind.Integer, 60, 1, MaxMinutes),
        new(MfaKeyExpiry, ConfigValueKind.Integer, 60, 1, MaxMinutes),
        new("CONF_ENCRYPTION_VALID_IN_SECONDS", ConfigValueKind.Integer, 120, 1),
        new(OtpLength, ConfigValueKind.Integer, 6, 4, 10),
        new(MaxOtpRetry, ConfigValueKind.Integer, 5, 1, 1000),
        new(MaxPasswordRetry, ConfigValueKind.Integer, 5, 1, 1000),
        new(MfaMaxOtpRetry, ConfigValueKind.Integer, 5, 1, 1000),
        new(MfaMaxPasswordRetry, ConfigValueKind.Integer, 5, 1, 1000),
        new(AccountLocking, ConfigValueKind.Boolean, false),
        new(LockPeriod, ConfigValueKind.Integer, 30, 1, MaxMinutes),
        new(MfaAccountLocking, ConfigValueKind.Boolean, false),
        new(MfaLockPeriod, ConfigValueKind.Integer, 30, 1, MaxMinutes),
        new(AttemptInterval, ConfigValueKind.Integer, 30, 1, MaxMinutes),
        new(OtpMaxCount, ConfigValueKind.NullableInteger, null, 0, 1_000_000),
        new(OtpTimeOut, ConfigValueKind.NullableInteger, null, 1, MaxMinutes * 10),
        new(MfaPasswordEnabled, ConfigValueKind.Boolean, false),
        new(MfaPasswordRegex, ConfigValueKind.Regex, null),
        new(RegenerateToken, ConfigValueKind.Boolean, true),
        new(RegenerateMfaToken, ConfigValueKind.Boolean, true),
        new("MFA_ROLE", ConfigValueKind.String, "DEFAULT_MFA_ROLE"),
        new("CONF_FORCED_MFA", ConfigValueKind.Boolean, false),
        new(ExternalIdLogin, ConfigValueKind.Boolean, false),
        new("CONF_OTP_SEND_FOR_EXTERNAL_ID", ConfigValueKind.String, "Mobile"),
        new("CONFIG_REJECT_NON_CF_CALLS", ConfigValueKind.Boolean, false),
        new(SkipOtpValidate, ConfigValueKind.Boolean, false),
        new(SkipOtpValidateReset, ConfigValueKind.Boolean, false),
        new("CONF_AUTO_FILL_2ND_FACTOR_IDENTIFIER", ConfigValueKind.Boolean, false),
        new("CONF_ENABLE_ENCRYPTION", ConfigValueKind.Boolean, false),
        new("CONF_ENCRYPTION_PUBLIC_KEY", ConfigValueKind.String, null),
        new("CONF_ENCRYPTION_PRIVATE_KEY", ConfigValueKind.String, null),
        new("CONF_ENCRYPTION_ENDPOINTS", ConfigValueKind.String, ""),
        new("CONF_MOBILE_SUB_CHANNEL", ConfigValueKind.String, null),
        new("CONF_MFA_MOBILE_SUB_CHANNEL", ConfigValueKind.String, null),
        new("CONF_MOBILE_SUB_CHANNEL_PROPERTIES", ConfigValueKind.AnyJson, null),
        new("CONF_MFA_MOBILE_SUB_CHANNEL_PROPERTIES", ConfigValueKind.AnyJson, null),
        new("CONF_FALLBACK_CHANNELS", ConfigValueKind.AnyJson, null),
        new("CONF_FALLBACK_CHANNELS_PROPERTIES", ConfigValueKind.AnyJson, null),
    ];

    public static ConfigKey? Find(string name) => All.FirstOrDefault(k => k.Name == name);

    public static JsonNode? DefaultOf(string name) => Find(name)?.Default?.DeepClone();
}
