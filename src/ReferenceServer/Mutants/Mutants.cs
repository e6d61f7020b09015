namespace MfaConformance.ReferenceServer.Mutants;

/// <summary>
/// The catalogue of mutants: each breaks exactly one documented rule, so at least one @documented scenario must fail
/// against it. <see cref="Variants"/> are kept apart: they change only a section-5 default.
/// </summary>
public static class Mutants
{
    public static IReadOnlyList<MutantInfo> All { get; } =
    [
        new(MutantNames.AcceptAnyOtp, "Any OTP is accepted by otp/validate and mfa/otp/validate (no 1506).", "§3 1506; E3, E10"),
        new(MutantNames.IgnoreDevice, "deviceId is never compared with the session's or token's device (no 1508).", "§0.1 deviceId; §3 1508; S5–S7"),
        new(MutantNames.IgnoreConfirmPassword, "confirmPassword is not compared with the password (no 1521).", "§3 1521; E12, E13, #1"),
        new(MutantNames.NeverExpireSessions, "Session ids (S and M) never expire (no 1505 after 15 min).", "§4.1 CONF_TOKEN_SESSION_EXPIRY_MINUTES / CONF_MFA_SESSION_EXPIRY_MINUTES; #8"),
        new(MutantNames.NeverExpireTokens, "Tokens never expire (no 1529 after their lifetime).", "§4.1 CONF_MFA_TOKEN_EXPIRY_IN_MINUTES; §3 1529"),
        new(MutantNames.NoOtpRetryLimit, "Wrong OTPs are never limited (no 1518).", "§4.2 CONF_MAX_OTP_RETRY_COUNT / CONF_MFA_MAX_OTP_RETRY_COUNT; §3 1518"),
        new(MutantNames.NoPasswordRetryLimit, "Wrong passwords are never limited (no 1530).", "§4.2 CONF_MFA_MAX_PASSWORD_RETRY_COUNT; §3 1530"),
        new(MutantNames.IgnoreBrandMismatch, "brand is never compared with the session's or token's brand (no 1509).", "§1 identity fields; §3 1509"),
        new(MutantNames.IgnoreIdentifierMismatch, "identifierType/identifierValue are never compared with the session's or token's (no 1507/1541).", "§1 identity fields; §3 1507, 1541"),
        new(MutantNames.OldPasswordSurvivesChange, "After a change or reset, the old MFA password is still accepted.", "E12, E13; flows 1.7, 1.8"),
        new(MutantNames.AllowSamePassword, "A change to the same password is accepted (no 1527).", "§3 1527 (S19: old and new password cannot be same); E13"),
        new(MutantNames.SkipPasswordRegex, "MFA_PASSWORD_REGEX is not enforced (no 1542).", "§4.2 password rules (MFA); §3 1542"),
        new(MutantNames.ExpireDoesNotRevoke, "mfa/token/expire answers success but the token keeps working.", "E15; flow 1.10"),
        new(MutantNames.ViewTokenAsMfaToken, "A VIEW token from mfa/token/generate is accepted where T2 is required.", "E13 token (T2 from mfa/password/validate, S7); #17"),
        new(MutantNames.ForgetWithoutOtp, "mfa/password/forget does not require a validated MFA OTP (by default it must).", "#9; §4.4 CONF_SKIP_OTP_VALIDATE_RESET; S17, S18"),
        new(MutantNames.IgnoreOtpGenerationLimit, "otpMaxCount/otpTimeOut is not enforced (no 1534).", "§4.2 OTP generation limit; #22; §3 1534"),
        new(MutantNames.AcceptAnyKey, "token/regenerate and mfa/token/regenerate accept any key (no 1525).", "E5, E14; §3 1525"),
        new(MutantNames.AcceptWrongPassword, "mfa/password/validate accepts a wrong password (no 1528).", "E11; §3 1528"),
        new(MutantNames.IgnoreMfaPasswordDisabled, "MFA password endpoints work when IS_MFA_PASSWORD_ENABLED is false (no 1524).", "§4.4 IS_MFA_PASSWORD_ENABLED; §3 1524"),
    ];

    /// <summary>
    /// Section-5 variants: each takes another reading of one inconsistency the spec lists (section 5) than the
    /// reference server's default. They are not mutants: a server that reads the documentation this way can still be
    /// conformant, so no @documented scenario may fail against them, while an @inferred scenario flags the difference
    /// as a warning. Run with <c>--mutant NAME</c> too; listed by <c>--list-variants</c>.
    /// </summary>
    public static IReadOnlyList<MutantInfo> Variants { get; } =
    [
        new(MutantNames.SessionNotConsumed, "A successful OTP or password validation does not consume the session.", "#6, E11 (S5 session rule)", MutantLevel.Inferred),
        new(MutantNames.PrimaryTokenAsMfaToken, "A primary T1 is accepted where the MFA token T2 is required.", "#3, #4; E13, E15", MutantLevel.Inferred),
        new(MutantNames.PrimarySessionForMfaOtp, "mfa/otp/generate and mfa/otp/validate accept a primary session S.", "#5; E9, E10", MutantLevel.Inferred),
        new(MutantNames.NoFirstTimePasswordCheck, "A first-time MFA user gets an MFA session without sending a password (no 1520).", "#1; §3 1520; S1", MutantLevel.Inferred),
    ];

    /// <summary>The mutant or section-5 variant with that name, or null.</summary>
    public static MutantInfo? Find(string name) =>
        All.Concat(Variants).FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));
}
