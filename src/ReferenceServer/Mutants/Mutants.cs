using static MfaConformance.ReferenceServer.Mutants.MutantEndpoint;

namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>
/// The catalogue of mutants: each breaks exactly one documented rule (named by its id in the harness's rule × endpoint
/// matrix, docs/rules.md), everywhere or on one endpoint only, so at least one @documented scenario of that rule must
/// fail against it. <see cref="Variants"/> are kept apart: they change only a section-5 default. <see cref="Explorer"/>
/// holds the mutants chosen to test the explorer rather than a scenario: no scenario kills them.
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

    /// <summary>
    /// The explorer's mutants (<see cref="MutantFamily.Explorer"/>): each breaks one documented rule in a way no current
    /// scenario checks (a clock move between calls, a configuration the scenarios never set, an input they never send),
    /// so the scenario suite passes against every one of them and only a generated call program can catch it. Each
    /// names its rule's row of docs/rules.md; run with <c>--mutant NAME</c>, listed by <c>--list-mutants</c>.
    /// </summary>
    public static IReadOnlyList<MutantInfo> Explorer { get; } =
    [
        // lifetimes
        Explore(ExplorerMutantNames.SessionLifetimeSlides, "Each OTP request on a session (S or M) restarts its lifetime, so a session in use outlives its configured minutes.", "§4.1 CONF_TOKEN_SESSION_EXPIRY_MINUTES / CONF_MFA_SESSION_EXPIRY_MINUTES (sessionId valid 15 min from its issue, S10, S2)", "session-lifetime"),
        Explore(ExplorerMutantNames.MfaTokenCappedBySessionLifetime, "T2 lives the shorter of CONF_MFA_TOKEN_EXPIRY_IN_MINUTES and CONF_MFA_SESSION_EXPIRY_MINUTES.", "§4.1 CONF_MFA_TOKEN_EXPIRY_IN_MINUTES (S17); E10, E11, E14 auth.token", "token-lifetime"),
        Explore(ExplorerMutantNames.RegeneratedTokenKeepsOldExpiry, "mfa/token/regenerate gives the new T2 the expiry of the T2 issued with K2, not a fresh CONF_MFA_TOKEN_EXPIRY_IN_MINUTES.", "E14 auth.token (15 min by default, S8); §4.1 CONF_MFA_TOKEN_EXPIRY_IN_MINUTES", "token-lifetime"),
        Explore(ExplorerMutantNames.KeyExpiryRestartsOnRegeneration, "With CONF_ENABLE_EXPIRY_BASED_KEY on, a key's lifetime restarts at each regeneration it serves.", "1.9 key validity; §4.1 CONF_KEY_EXPIRY_IN_MINUTES / CONF_KEY_EXPIRY_MFA_IN_MINUTES; 1597 (S14)", "key-lifetime"),
        Explore(ExplorerMutantNames.PrimaryKeyExpiryFromMfaSetting, "With key expiry on, K1 lives CONF_KEY_EXPIRY_MFA_IN_MINUTES instead of CONF_KEY_EXPIRY_IN_MINUTES.", "§4.1 CONF_KEY_EXPIRY_IN_MINUTES (primary) / CONF_KEY_EXPIRY_MFA_IN_MINUTES (MFA) (S17); E5", "key-lifetime"),
        Explore(ExplorerMutantNames.AccountLockFromFirstWrongAttempt, "The account lock period is counted from the first wrong attempt of the window, not from the attempt that locked.", "§4.2 CONF_LOCK_PERIOD_IN_MINUTES / CONF_MFA_LOCK_PERIOD_IN_MINUTES (S17)", "account-lock"),

        // attempt and generation windows
        Explore(ExplorerMutantNames.AttemptCountNeverRestarts, "Wrong attempts count together however far apart: CONF_INCORRECT_ATTEMPT_INTERVAL never restarts the counter.", "§4.2 CONF_INCORRECT_ATTEMPT_INTERVAL ('the first attempt after it restarts the counter', S17)", "attempt-limit"),
        Explore(ExplorerMutantNames.OtpAndPasswordAttemptsTogether, "Wrong MFA OTPs and wrong MFA passwords count against each other's limit.", "§4.2 CONF_MFA_MAX_OTP_RETRY_COUNT, CONF_MFA_MAX_PASSWORD_RETRY_COUNT (two limits, S17)", "attempt-limit"),
        Explore(ExplorerMutantNames.OtpGenerateRestartsAttemptCount, "Each new OTP restarts the count of wrong OTPs, so a session that keeps requesting OTPs is never locked.", "§4.2 CONF_MAX_OTP_RETRY_COUNT / CONF_MFA_MAX_OTP_RETRY_COUNT, CONF_INCORRECT_ATTEMPT_INTERVAL ('attempts inside the window count together', S17)", "attempt-limit"),
        Explore(ExplorerMutantNames.OtpGenerationBlockedFromLastOtp, "Once otpMaxCount is reached, OTP generation stays blocked until otpTimeOut after the latest OTP rather than after the window that holds the limit.", "E2 (S11), E9 (S3): at most otpMaxCount OTPs per mobile number within otpTimeOut minutes; #22", "otp-generation-limit"),
        Explore(ExplorerMutantNames.OtpLimitPerDevice, "otpMaxCount is counted per device, so another device of the same mobile number starts a new count.", "E2 (S11), E9 (S3): otpMaxCount per mobile number within otpTimeOut", "otp-generation-limit"),

        // limits and locks
        Explore(ExplorerMutantNames.AccountLockingIgnoresFlag, "The attempt limit locks the account (the customer's later sessions too) for the lock period even with account locking off.", "§4.2 beyond the attempt limit ('locked for that particular session'; account locking, off by default, stops new sessions, S17)", "account-lock"),
        Explore(ExplorerMutantNames.FirstFactorLockingFlagLocksMfa, "CONF_ENABLE_ACCOUNT_LOCKING (first factor) also locks the MFA account at the MFA attempt limit.", "§4.2 CONF_ENABLE_ACCOUNT_LOCKING (primary) / CONF_ENABLE_ACCOUNT_LOCKING_MFA (MFA) (S17)", "account-lock"),

        // identity comparisons
        Explore(ExplorerMutantNames.IdentifierValueIgnoresCase, "identifierValue is compared with the session's, token's or key's without regard to case.", "§1 identity fields ('the same values on every call in a flow'); §3 1507, 1541", "identifier"),
        Explore(ExplorerMutantNames.IdentifierValueTrimmed, "identifierValue is trimmed of surrounding whitespace before it is compared with the session's, token's or key's.", "§1 identity fields ('the same values on every call in a flow'); §3 1507, 1541", "identifier"),
        Explore(ExplorerMutantNames.IdentifierValuePrefix, "identifierValue is compared with the session's, token's or key's only over the shorter of the two strings.", "§1 identity fields ('the same values on every call in a flow'); §3 1507, 1541", "identifier"),
        Explore(ExplorerMutantNames.DeviceIdIgnoresCase, "deviceId is compared with the session's, token's or key's without regard to case.", "§0.1 deviceId (the same deviceId, S5, S6, S7); §3 1508", "device"),
        Explore(ExplorerMutantNames.DeviceIdPrefix, "deviceId is compared with the session's, token's or key's only over the shorter of the two strings.", "§0.1 deviceId (the same deviceId, S5, S6, S7); §3 1508", "device"),

        Explore(ExplorerMutantNames.BrandCheckedOnlyWhereCustomerExists, "Another brand than the session's, token's or key's is refused only when the customer also has an account there; otherwise the call goes through.", "§1 identity fields ('the same values on every call in a flow'); §3 1509", "brand"),

        // passwords
        Explore(ExplorerMutantNames.PasswordRegexIgnoresCase, "MFA_PASSWORD_REGEX is evaluated without regard to case.", "§4.2 password rules (MFA): must match MFA_PASSWORD_REGEX (S17); §3 1542", "password-regex"),
        Explore(ExplorerMutantNames.SamePasswordIgnoresCase, "A new password that differs from the current one only in case is refused as the same (1527).", "§3 1527 ('Old password and new password cannot be same', S19); E13", "new-differs"),
        Explore(ExplorerMutantNames.ConfirmPasswordTrimmed, "confirmPassword and the new password are compared after trimming surrounding whitespace.", "E8 (S1), E12, E13 confirmPassword (repeats the password); §3 1521", "confirm-password"),

        // flags, methods and OTP scope
        Explore(ExplorerMutantNames.SkipOtpValidateLiftsResetOtp, "CONF_SKIP_OTP_VALIDATE (first-time set-up) also lets a reset through without a validated MFA OTP.", "§4.4 CONF_SKIP_OTP_VALIDATE / CONF_SKIP_OTP_VALIDATE_RESET (S17, S18); 1.7", "forget-needs-otp"),
        Explore(ExplorerMutantNames.MfaKeyNeedsBothRegenerateFlags, "MFA validations issue K2 only when CONF_REGENERATE_TOKEN is on as well as CONF_REGENERATE_MFA_TOKEN.", "§4.4 CONF_REGENERATE_MFA_TOKEN ('Issue a key after MFA validation', S17); E10, E11 auth.key", "key-issued"),
        Explore(ExplorerMutantNames.ExpireByPostDoesNotRevoke, "mfa/token/expire sent as POST (the resource table's method) answers success but the token keeps working; DELETE revokes.", "E15 method (POST in the table, DELETE in the header, #7); 1.10", "expire-revokes"),
        Explore(ExplorerMutantNames.MfaOtpAcceptsFirstFactorOtp, "mfa/otp/validate accepts the customer's unused first-factor OTP.", "§0.1 otp (issued for one session); E2/E3, E9/E10 sessionId", "otp-own-session"),
    ];

    /// <summary>The lines of <c>--list-mutants</c>: the suite's mutants, then the explorer's under a heading.</summary>
    public static IEnumerable<string> Listing() =>
        All.Select(m => m.Describe())
            .Append(string.Empty)
            .Append($"Explorer targets ({Explorer.Count}: each breaks a documented rule in a way no scenario checks):")
            .Concat(Explorer.Select(m => m.Describe()));

    /// <summary>The mutant, section-5 variant or explorer mutant with that name, or null.</summary>
    public static MutantInfo? Find(string name) =>
        All.Concat(Variants).Concat(Explorer).FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));

    private static MutantInfo Explore(string name, string brokenRule, string citation, string rule) =>
        new(name, brokenRule, citation, rule) { Family = MutantFamily.Explorer };

    private static MutantInfo Skip(string name, MutantCheck check, string brokenRule, string citation, string rule, params MutantEndpoint[] endpoints) =>
        new(name, brokenRule, citation, rule) { Check = check, Endpoints = endpoints };
}
