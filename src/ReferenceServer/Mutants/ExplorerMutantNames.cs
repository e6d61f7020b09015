namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>The names of the explorer's mutants (<see cref="Mutants.Explorer"/>); each defect is written where it applies.</summary>
internal static class ExplorerMutantNames
{
    // lifetimes
    public const string SessionLifetimeSlides = "session-lifetime-slides";
    public const string MfaTokenCappedBySessionLifetime = "mfa-token-capped-by-session-lifetime";
    public const string RegeneratedTokenKeepsOldExpiry = "regenerated-token-keeps-old-expiry";
    public const string KeyExpiryRestartsOnRegeneration = "key-expiry-restarts-on-regeneration";
    public const string PrimaryKeyExpiryFromMfaSetting = "primary-key-expiry-from-mfa-setting";
    public const string AccountLockFromFirstWrongAttempt = "account-lock-from-first-wrong-attempt";

    // attempt and generation windows
    public const string AttemptCountNeverRestarts = "attempt-count-never-restarts";
    public const string OtpAndPasswordAttemptsTogether = "otp-and-password-attempts-counted-together";
    public const string OtpGenerateRestartsAttemptCount = "otp-generate-restarts-attempt-count";
    public const string OtpGenerationBlockedFromLastOtp = "otp-generation-blocked-from-last-otp";
    public const string OtpLimitPerDevice = "otp-limit-counted-per-device";

    // limits and locks
    public const string AccountLockingIgnoresFlag = "account-locking-ignores-flag";
    public const string FirstFactorLockingFlagLocksMfa = "first-factor-locking-flag-locks-mfa";

    // identity comparisons
    public const string IdentifierValueIgnoresCase = "identifier-value-ignores-case";
    public const string IdentifierValueTrimmed = "identifier-value-trimmed";
    public const string IdentifierValuePrefix = "identifier-value-compared-by-prefix";
    public const string DeviceIdIgnoresCase = "device-id-ignores-case";
    public const string DeviceIdPrefix = "device-id-compared-by-prefix";
    public const string BrandCheckedOnlyWhereCustomerExists = "brand-checked-only-where-customer-exists";

    // passwords
    public const string PasswordRegexIgnoresCase = "password-regex-ignores-case";
    public const string SamePasswordIgnoresCase = "same-password-check-ignores-case";
    public const string ConfirmPasswordTrimmed = "confirm-password-trimmed";

    // flags, methods and OTP scope
    public const string SkipOtpValidateLiftsResetOtp = "skip-otp-validate-lifts-reset-otp";
    public const string MfaKeyNeedsBothRegenerateFlags = "mfa-key-needs-both-regenerate-flags";
    public const string ExpireByPostDoesNotRevoke = "expire-by-post-does-not-revoke";
    public const string MfaOtpAcceptsFirstFactorOtp = "mfa-otp-accepts-first-factor-otp";
}
