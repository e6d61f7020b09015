namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>The names accepted by <c>--mutant</c> whose defect is written where it applies (the others skip a shared check).</summary>
internal static class MutantNames
{
    public const string AcceptAnyOtp = "accept-any-otp";
    public const string SessionNotConsumed = "session-not-consumed";
    public const string OldPasswordSurvivesChange = "old-password-survives-change";
    public const string ExpireDoesNotRevoke = "expire-does-not-revoke";
    public const string ViewTokenAsMfaToken = "view-token-as-mfa-token";
    public const string PrimaryTokenAsMfaToken = "primary-token-as-mfa-token";
    public const string ForgetWithoutOtp = "forget-without-otp";
    public const string IgnoreOtpGenerationLimit = "ignore-otp-generation-limit";
    public const string AcceptAnyKey = "accept-any-key";
    public const string AcceptWrongPassword = "accept-wrong-password";
    public const string PrimarySessionForMfaOtp = "primary-session-for-mfa-otp";
    public const string NoFirstTimePasswordCheck = "no-first-time-password-check";
    public const string PasswordIgnoresCase = "password-compare-ignores-case";
    public const string PasswordTruncated = "password-truncated-to-8";
    public const string OtpComparesPrefix = "otp-compare-prefix";
    public const string OtpAnySession = "otp-accepted-in-any-session";
    public const string OtpReusable = "otp-reusable-on-new-session";
    public const string OtpGenerateUnlocksSession = "otp-generate-unlocks-session";
    public const string NewSessionClearsAccountLock = "new-session-clears-account-lock";
    public const string AccountLockPeriodIgnored = "account-lock-period-ignored";
    public const string SessionLifetimeGrace = "session-lifetime-grace-30s";
    public const string TokenLifetimeGrace = "token-lifetime-grace-30s";
    public const string MfaSessionLifetimeIgnoresConfig = "mfa-session-lifetime-ignores-config";
    public const string KeyExpiryIgnoresConfig = "key-expiry-ignores-config";
    public const string OtpLimitPerSession = "otp-limit-counted-per-session";
    public const string OtpLimitPerBrand = "otp-limit-counted-per-brand";
    public const string AttemptLimitOffByOne = "attempt-limit-off-by-one";
    public const string ForgetOtpOfAnyCustomer = "forget-accepts-any-customers-otp";
    public const string ForgetOtpOnGenerate = "forget-accepts-generated-otp";
    public const string FirstTimePasswordWithoutOtp = "first-time-password-without-otp";
    public const string FirstTimePasswordOnWrongOtp = "first-time-password-on-wrong-otp";
    public const string MfaKeyAsMfaToken = "mfa-key-as-mfa-token";
    public const string PrimaryKeyRegeneratesMfaToken = "primary-key-regenerates-mfa-token";
    public const string AliasSkipsCurrentPassword = "alias-skips-current-password";
    public const string IdentifierTypeNotCompared = "identifier-type-not-compared";
    public const string OtpLengthIgnoresConfig = "otp-length-ignores-config";
    public const string KeyIssuedDespiteFlagOnMfaOtpValidate = "key-issued-despite-flag-on-mfa-otp-validate";
}
