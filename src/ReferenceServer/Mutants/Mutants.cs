using static MfaConformance.ReferenceServer.Mutants.MutantEndpoint;

namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>
/// The catalogue of mutants: each breaks exactly one documented rule (named by its id in the harness's rule × endpoint
/// matrix, docs/rules.md), everywhere or on one endpoint only, so at least one @documented scenario of that rule must
/// fail against it. <see cref="Variants"/> are kept apart: they change only a section-5 default.
/// </summary>
public static class Mutants
{
    public static IReadOnlyList<MutantInfo> All { get; } =
    [
        // the rules everywhere they apply
        new(MutantNames.AcceptAnyOtp, "Any OTP is accepted by otp/validate and mfa/otp/validate (no 1506).", "§3 1506; E3, E10", "otp-correct"),
        Skip("ignore-device", MutantCheck.Device, "deviceId is never compared with the session's or token's device (no 1508).", "§0.1 deviceId; §3 1508; S5–S7", "device"),
        Skip("ignore-confirm-password", MutantCheck.ConfirmPassword, "confirmPassword is required but not compared with the password (no 1521).", "§3 1521; E12, E13, #1", "confirm-password"),
        Skip("never-expire-sessions", MutantCheck.SessionExpiry, "Session ids (S and M) never expire (no 1505 after their lifetime).", "§4.1 CONF_TOKEN_SESSION_EXPIRY_MINUTES / CONF_MFA_SESSION_EXPIRY_MINUTES; #8", "session-lifetime"),
        Skip("never-expire-tokens", MutantCheck.TokenExpiry, "Tokens never expire (no 1529 after their lifetime).", "§4.1 CONF_MFA_TOKEN_EXPIRY_IN_MINUTES; §3 1529", "token-lifetime"),
        Skip("no-otp-retry-limit", MutantCheck.OtpRetryLimit, "Wrong OTPs are never limited (no 1518).", "§4.2 CONF_MAX_OTP_RETRY_COUNT / CONF_MFA_MAX_OTP_RETRY_COUNT; §3 1518", "attempt-limit"),
        Skip("no-password-retry-limit", MutantCheck.PasswordRetryLimit, "Wrong passwords are never limited (no 1530).", "§4.2 CONF_MFA_MAX_PASSWORD_RETRY_COUNT; §3 1530", "attempt-limit"),
        Skip("ignore-brand-mismatch", MutantCheck.Brand, "brand is never compared with the session's or token's brand (no 1509).", "§1 identity fields; §3 1509", "brand"),
        Skip("ignore-identifier-mismatch", MutantCheck.Identifier, "identifierType/identifierValue are never compared with the session's or token's (no 1507/1541).", "§1 identity fields; §3 1507, 1541", "identifier"),
        new(MutantNames.OldPasswordSurvivesChange, "After a change or reset, the old MFA password is still accepted.", "E12, E13; flows 1.7, 1.8", "change-takes-effect"),
        Skip("allow-same-password", MutantCheck.SamePassword, "A change to the same password is accepted (no 1527).", "§3 1527 (S19: old and new password cannot be same); E13", "new-differs"),
        Skip("skip-password-regex", MutantCheck.PasswordRegex, "MFA_PASSWORD_REGEX is not enforced (no 1542).", "§4.2 password rules (MFA); §3 1542", "password-regex"),
        new(MutantNames.ExpireDoesNotRevoke, "mfa/token/expire answers success but the token keeps working.", "E15; flow 1.10", "expire-revokes"),
        new(MutantNames.ViewTokenAsMfaToken, "A VIEW token from mfa/token/generate is accepted where T2 is required.", "E13 token (T2 from mfa/password/validate, S7); #17", "credential"),
        new(MutantNames.ForgetWithoutOtp, "mfa/password/forget does not require a validated MFA OTP (by default it must).", "#9; §4.4 CONF_SKIP_OTP_VALIDATE_RESET; S17, S18", "forget-needs-otp"),
        new(MutantNames.IgnoreOtpGenerationLimit, "otpMaxCount/otpTimeOut is not enforced (no 1534).", "§4.2 OTP generation limit; #22; §3 1534", "otp-generation-limit"),
        new(MutantNames.AcceptAnyKey, "token/regenerate and mfa/token/regenerate accept any key (no 1525).", "E5, E14; §3 1525", "credential"),
        new(MutantNames.AcceptWrongPassword, "mfa/password/validate accepts a wrong password (no 1528).", "E11; §3 1528", "password-check"),
        Skip("ignore-mfa-password-disabled", MutantCheck.PasswordDisabled, "MFA password endpoints work when IS_MFA_PASSWORD_ENABLED is false (no 1524).", "§4.4 IS_MFA_PASSWORD_ENABLED; §3 1524", "mfa-password-enabled"),

        // one rule broken on one endpoint only
        Skip("ignore-device-on-otp-generate", MutantCheck.Device, "otp/generate does not compare deviceId with the session's.", "E2 deviceId; §3 1508", "device", OtpGenerate),
        Skip("ignore-device-on-token-regenerate", MutantCheck.Device, "token/regenerate does not compare deviceId with the key's.", "E5 deviceId; §3 1508", "device", TokenRegenerate),
        Skip("ignore-device-on-password-change", MutantCheck.Device, "The password/change path does not compare deviceId with the MFA token's.", "E13 deviceId, #3; §3 1508", "device", PasswordChange),
        Skip("ignore-identifier-on-otp-validate", MutantCheck.Identifier, "otp/validate does not compare the identifier with the session's.", "E3; §1 identity fields; §3 1541", "identifier", OtpValidate),
        Skip("ignore-identifier-on-mfa-otp-generate", MutantCheck.Identifier, "mfa/otp/generate does not compare the identifier with the session's.", "E9; §1 identity fields; §3 1541", "identifier", MfaOtpGenerate),
        Skip("ignore-identifier-on-mfa-password-change", MutantCheck.Identifier, "mfa/password/change does not compare the identifier with the token's.", "E13; §1 identity fields; §3 1507", "identifier", MfaPasswordChange),
        Skip("ignore-identifier-on-mfa-token-expire", MutantCheck.Identifier, "mfa/token/expire does not compare the identifier with the token's.", "E15; §1 identity fields; §3 1507", "identifier", MfaTokenExpire),
        Skip("ignore-brand-on-mfa-token-generate", MutantCheck.Brand, "mfa/token/generate does not compare the brand with the first-factor token's.", "E8; §1 identity fields; §3 1509", "brand", MfaTokenGenerate),
        Skip("ignore-brand-on-mfa-otp-validate", MutantCheck.Brand, "mfa/otp/validate does not compare the brand with the session's.", "E10; §1 identity fields; §3 1509", "brand", MfaOtpValidate),
        Skip("ignore-brand-on-mfa-password-forget", MutantCheck.Brand, "mfa/password/forget does not compare the brand with the session's.", "E12; §1 identity fields; §3 1509", "brand", MfaPasswordForget),
        Skip("ignore-brand-on-mfa-token-regenerate", MutantCheck.Brand, "mfa/token/regenerate does not compare the brand with the key's.", "E14; §1 identity fields; §3 1509", "brand", MfaTokenRegenerate),
        Skip("ignore-confirm-password-on-mfa-password-forget", MutantCheck.ConfirmPassword, "mfa/password/forget requires confirmPassword but does not compare it.", "E12 confirmPassword; §3 1521", "confirm-password", MfaPasswordForget),
        Skip("ignore-confirm-password-on-mfa-token-generate", MutantCheck.ConfirmPassword, "A first-time mfa/token/generate requires confirmPassword but does not compare it.", "E8, S1, #1; §3 1521", "confirm-password", MfaTokenGenerate),
        Skip("skip-password-regex-on-mfa-password-forget", MutantCheck.PasswordRegex, "mfa/password/forget does not enforce MFA_PASSWORD_REGEX.", "E12; §4.2 password rules (MFA); §3 1542", "password-regex", MfaPasswordForget),
        Skip("skip-password-regex-on-mfa-token-generate", MutantCheck.PasswordRegex, "A first-time mfa/token/generate does not enforce MFA_PASSWORD_REGEX.", "E8, S1, #1; §4.2 password rules (MFA); §3 1542", "password-regex", MfaTokenGenerate),
        Skip("never-expire-sessions-on-mfa-otp-validate", MutantCheck.SessionExpiry, "mfa/otp/validate accepts an MFA session past its lifetime.", "E10; §4.1 CONF_MFA_SESSION_EXPIRY_MINUTES", "session-lifetime", MfaOtpValidate),
        Skip("never-expire-tokens-on-mfa-token-expire", MutantCheck.TokenExpiry, "mfa/token/expire accepts an MFA token past its lifetime.", "E15; §4.1 CONF_MFA_TOKEN_EXPIRY_IN_MINUTES", "token-lifetime", MfaTokenExpire),
        Skip("allow-same-password-on-password-change", MutantCheck.SamePassword, "The password/change path accepts the same password as new.", "E13 (#3 path); §3 1527", "new-differs", PasswordChange),
        Skip("ignore-mfa-password-disabled-on-mfa-password-change", MutantCheck.PasswordDisabled, "mfa/password/change works while IS_MFA_PASSWORD_ENABLED is false.", "E13; §4.4 IS_MFA_PASSWORD_ENABLED", "mfa-password-enabled", MfaPasswordChange),

        // the classic defects of credential checks
        new(MutantNames.PasswordIgnoresCase, "Passwords are hashed and compared without regard to case.", "E11, E13; §3 1528", "password-check"),
        new(MutantNames.PasswordTruncated, "Only the first 8 characters of a password are hashed (a longer password with the same prefix matches).", "E11, E13; §3 1528", "password-check"),
        new(MutantNames.AliasSkipsCurrentPassword, "The password/change path does not verify the current password when it takes an MFA token.", "E13 password (#3 path); §3 1528", "password-check"),
        new(MutantNames.OtpComparesPrefix, "OTPs are compared only over the shorter of the two strings (a truncated or extended OTP matches).", "§0.1 otp; E3, E10; §3 1506", "otp-correct"),
        new(MutantNames.OtpAnySession, "mfa/otp/validate accepts any unused OTP issued to the customer, whatever session it was issued for.", "§0.1 otp (issued for one session); E10", "otp-own-session"),
        new(MutantNames.OtpReusable, "A validated MFA OTP is accepted again on the customer's later sessions.", "§0.1 otp (never accepted again); E10", "otp-single-use"),
        new(MutantNames.OtpGenerateUnlocksSession, "mfa/otp/generate on a session locked by wrong OTPs quietly unlocks it.", "§4.2 beyond the attempt limit (locked for that session); S17", "attempt-limit"),
        new(MutantNames.AttemptLimitOffByOne, "The session locks one attempt after the configured retry count.", "§4.2 CONF_MFA_MAX_PASSWORD_RETRY_COUNT, CONF_MFA_MAX_OTP_RETRY_COUNT", "attempt-limit"),
        new(MutantNames.NewSessionClearsAccountLock, "A new MFA session quietly clears the account lock set by wrong attempts.", "§4.2 CONF_ENABLE_ACCOUNT_LOCKING_MFA; S17", "account-lock"),
        new(MutantNames.AccountLockPeriodIgnored, "The account lock lasts the default 30 minutes whatever CONF_MFA_LOCK_PERIOD_IN_MINUTES says.", "§4.2 CONF_MFA_LOCK_PERIOD_IN_MINUTES", "account-lock"),
        new(MutantNames.SessionLifetimeGrace, "Sessions are accepted 30 seconds past their configured lifetime.", "§4.1 CONF_TOKEN_SESSION_EXPIRY_MINUTES / CONF_MFA_SESSION_EXPIRY_MINUTES", "session-lifetime"),
        new(MutantNames.TokenLifetimeGrace, "MFA tokens are accepted 30 seconds past their configured lifetime.", "§4.1 CONF_MFA_TOKEN_EXPIRY_IN_MINUTES", "token-lifetime"),
        new(MutantNames.MfaSessionLifetimeIgnoresConfig, "MFA sessions always live 15 minutes, whatever CONF_MFA_SESSION_EXPIRY_MINUTES says.", "§4.1 CONF_MFA_SESSION_EXPIRY_MINUTES", "session-lifetime"),
        new(MutantNames.KeyExpiryIgnoresConfig, "With key expiry on, MFA keys always live 60 minutes, whatever CONF_KEY_EXPIRY_MFA_IN_MINUTES says.", "§4.1 CONF_KEY_EXPIRY_MFA_IN_MINUTES; 1597", "key-lifetime"),
        new(MutantNames.OtpLimitPerSession, "otpMaxCount is counted per session, so a new session starts a new count.", "E2, E9 (per mobile number within otpTimeOut); §4.2", "otp-generation-limit"),
        new(MutantNames.OtpLimitPerBrand, "otpMaxCount is counted over all customers of the brand.", "E2, E9 (per mobile number within otpTimeOut); §4.2", "otp-generation-limit"),
        new(MutantNames.ForgetOtpOfAnyCustomer, "mfa/password/forget accepts an MFA OTP validated by another customer of the brand.", "1.7, S17, S18 (reset needs OTP validation)", "forget-needs-otp"),
        new(MutantNames.ForgetOtpOnGenerate, "mfa/password/forget accepts an MFA OTP that was only generated, never validated.", "1.7, S17, S18 (reset needs OTP validation)", "forget-needs-otp"),
        new(MutantNames.FirstTimePasswordWithoutOtp, "A first-time MFA password is registered by mfa/token/generate, without the MFA OTP step.", "1.4, S17 CONF_SKIP_OTP_VALIDATE (default false)", "first-time-otp-step"),
        new(MutantNames.FirstTimePasswordOnWrongOtp, "A wrong MFA OTP still registers the first-time password.", "1.4, E10, S17 CONF_SKIP_OTP_VALIDATE", "first-time-otp-step"),
        new(MutantNames.MfaKeyAsMfaToken, "The MFA key K2 is accepted where the MFA token T2 is required (change, expire).", "E13, E15 token (T2); 1.11", "credential"),
        new(MutantNames.PrimaryKeyRegeneratesMfaToken, "mfa/token/regenerate accepts the first-factor key K1.", "E14 key (K2 from MFA validation); 1.9", "credential"),
        new(MutantNames.IdentifierTypeNotCompared, "Only identifierValue is compared with the session's or token's identifier, not identifierType.", "§1 identity fields; §3 1507, 1541", "identifier"),
        new(MutantNames.OtpLengthIgnoresConfig, "OTPs always have 6 digits, whatever CONF_OTP_LENGTH says.", "§4.2 CONF_OTP_LENGTH (S17)", "otp-length"),
        new(MutantNames.KeyIssuedDespiteFlagOnMfaOtpValidate, "mfa/otp/validate issues K2 even with CONF_REGENERATE_MFA_TOKEN off.", "§4.4 CONF_REGENERATE_MFA_TOKEN (S17); E10", "key-issued"),
    ];

    /// <summary>
    /// Section-5 variants: each takes another reading of one inconsistency the spec lists (section 5) than the
    /// reference server's default. They are not mutants: a server that reads the documentation this way can still be
    /// conformant, so no @documented scenario may fail against them, while an @inferred scenario flags the difference
    /// as a warning. Run with <c>--mutant NAME</c> too; listed by <c>--list-variants</c>.
    /// </summary>
    public static IReadOnlyList<MutantInfo> Variants { get; } =
    [
        new(MutantNames.SessionNotConsumed, "A successful OTP or password validation does not consume the session.", "#6, E11 (S5 session rule)", "#6", MutantLevel.Inferred),
        new(MutantNames.PrimaryTokenAsMfaToken, "A primary T1 is accepted where the MFA token T2 is required.", "#3, #4; E13, E15", "#4", MutantLevel.Inferred),
        new(MutantNames.PrimarySessionForMfaOtp, "mfa/otp/generate and mfa/otp/validate accept a primary session S.", "#5; E9, E10", "#5", MutantLevel.Inferred),
        new(MutantNames.NoFirstTimePasswordCheck, "A first-time MFA user gets an MFA session without sending a password (no 1520).", "#1; §3 1520; S1", "#1", MutantLevel.Inferred),
    ];

    /// <summary>The mutant or section-5 variant with that name, or null.</summary>
    public static MutantInfo? Find(string name) =>
        All.Concat(Variants).FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));

    private static MutantInfo Skip(string name, MutantCheck check, string brokenRule, string citation, string rule, params MutantEndpoint[] endpoints) =>
        new(name, brokenRule, citation, rule) { Check = check, Endpoints = endpoints };
}
