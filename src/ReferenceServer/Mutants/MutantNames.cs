namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>The names accepted by <c>--mutant</c>.</summary>
internal static class MutantNames
{
    public const string AcceptAnyOtp = "accept-any-otp";
    public const string IgnoreDevice = "ignore-device";
    public const string IgnoreConfirmPassword = "ignore-confirm-password";
    public const string NeverExpireSessions = "never-expire-sessions";
    public const string NeverExpireTokens = "never-expire-tokens";
    public const string SessionNotConsumed = "session-not-consumed";
    public const string NoOtpRetryLimit = "no-otp-retry-limit";
    public const string NoPasswordRetryLimit = "no-password-retry-limit";
    public const string IgnoreBrandMismatch = "ignore-brand-mismatch";
    public const string IgnoreIdentifierMismatch = "ignore-identifier-mismatch";
    public const string OldPasswordSurvivesChange = "old-password-survives-change";
    public const string AllowSamePassword = "allow-same-password";
    public const string SkipPasswordRegex = "skip-password-regex";
    public const string ExpireDoesNotRevoke = "expire-does-not-revoke";
    public const string ViewTokenAsMfaToken = "view-token-as-mfa-token";
    public const string PrimaryTokenAsMfaToken = "primary-token-as-mfa-token";
    public const string ForgetWithoutOtp = "forget-without-otp";
    public const string IgnoreOtpGenerationLimit = "ignore-otp-generation-limit";
    public const string AcceptAnyKey = "accept-any-key";
    public const string AcceptWrongPassword = "accept-wrong-password";
    public const string PrimarySessionForMfaOtp = "primary-session-for-mfa-otp";
    public const string IgnoreMfaPasswordDisabled = "ignore-mfa-password-disabled";
    public const string NoFirstTimePasswordCheck = "no-first-time-password-check";
}
