namespace MfaConformance.Explorer.Model;

/// <summary>The rows of docs/rules.md the model cites (the ids of <c>RuleCatalog</c> in src/StepDefinitions/Rules).</summary>
public static class RuleIds
{
    public const string Identifier = "identifier";
    public const string Device = "device";
    public const string Brand = "brand";
    public const string ConfirmPassword = "confirm-password";
    public const string PasswordRegex = "password-regex";
    public const string PasswordCheck = "password-check";
    public const string NewDiffers = "new-differs";
    public const string ChangeTakesEffect = "change-takes-effect";
    public const string OtpCorrect = "otp-correct";
    public const string OtpLength = "otp-length";
    public const string OtpSingleUse = "otp-single-use";
    public const string OtpOwnSession = "otp-own-session";
    public const string AttemptLimit = "attempt-limit";
    public const string AccountLock = "account-lock";
    public const string OtpGenerationLimit = "otp-generation-limit";
    public const string SessionLifetime = "session-lifetime";
    public const string TokenLifetime = "token-lifetime";
    public const string KeyLifetime = "key-lifetime";
    public const string Credential = "credential";
    public const string ExpireRevokes = "expire-revokes";
    public const string FirstTimeOtpStep = "first-time-otp-step";
    public const string ForgetNeedsOtp = "forget-needs-otp";
    public const string MfaPasswordEnabled = "mfa-password-enabled";
    public const string KeyIssued = "key-issued";
    public const string MandatoryFields = "mandatory-fields";
    public const string Flow = "flow";

    public static IReadOnlyList<string> All { get; } =
    [
        Identifier, Device, Brand, ConfirmPassword, PasswordRegex, PasswordCheck, NewDiffers, ChangeTakesEffect, OtpCorrect, OtpLength,
        OtpSingleUse, OtpOwnSession, AttemptLimit, AccountLock, OtpGenerationLimit, SessionLifetime, TokenLifetime, KeyLifetime,
        Credential, ExpireRevokes, FirstTimeOtpStep, ForgetNeedsOtp, MfaPasswordEnabled, KeyIssued, MandatoryFields, Flow,
    ];
}
