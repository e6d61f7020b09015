using MfaConformance.StepDefinitions.Actions;
using static MfaConformance.StepDefinitions.Actions.ApiActions;

namespace MfaConformance.StepDefinitions.Rules;

/// <summary>
/// The rows of the rule matrix (docs/rules.md): every documented rule of the spec that the suite enforces, the
/// endpoints it applies to and why it does not apply on the others. Scenarios name their rule with <c>@rule:&lt;id&gt;</c>;
/// the endpoint of a cell is the one the scenario's checked action calls (<see cref="CheckedAction"/>).
/// </summary>
public static class RuleCatalog
{
    private const string IssuesTheSession = "issues the session: the identity it receives is what later calls must repeat";
    private const string TakesNoNewPassword = "sends no new password";
    private const string TakesNoOtp = "takes no OTP";
    private const string PrimaryPasswords =
        "the first-factor password belongs to the primary password flow (E1 on a password-enabled org, E4–E7), outside the MFA flow: no documented key turns it on for a sandbox brand";

    private static readonly string[] IdentityEndpoints =
        [OtpGenerate, OtpValidate, TokenRegenerate, MfaTokenGenerate, MfaOtpGenerate, MfaOtpValidate, MfaPasswordValidate, MfaPasswordForget, MfaPasswordChange, PasswordChange, MfaTokenRegenerate, MfaTokenExpire];

    private static readonly string[] NewPasswordEndpoints = [MfaTokenGenerate, MfaPasswordForget, MfaPasswordChange, PasswordChange];

    public static IReadOnlyList<DocumentedRule> All { get; } =
    [
        new("identifier", "Identifier", "identifierType and identifierValue repeat those the session, token or key was issued for.",
            "§1 identity fields (S19 1507, 1541); S5, S6, S7", IdentityEndpoints, IssuesTheSession),
        new("device", "Device", "deviceId repeats the device the session, token or key was issued for.",
            "§0.1 deviceId (S19 1508); S5, S6, S7", IdentityEndpoints, IssuesTheSession),
        new("brand", "Brand", "brand repeats the brand the session, token or key was issued for.",
            "§1 identity fields (S19 1509)", IdentityEndpoints, IssuesTheSession),
        new("confirm-password", "confirmPassword", "confirmPassword repeats the new password exactly; a mismatch is refused and registers nothing.",
            "E1, E8 (S1), E12, E13 confirmPassword; S19 1521", NewPasswordEndpoints, TakesNoNewPassword)
        {
            NotApplicable = Reasons((TokenGenerate, PrimaryPasswords)),
        },
        new("password-regex", "MFA_PASSWORD_REGEX", "A new MFA password must match the brand's MFA_PASSWORD_REGEX; one that does not is refused and registers nothing.",
            "§4.2 password rules (MFA), S17; S19 1542", NewPasswordEndpoints, TakesNoNewPassword)
        {
            NotApplicable = Reasons((TokenGenerate, "the first-factor password has no rules (E1: no minimum or maximum length, S10); MFA_PASSWORD_REGEX is the MFA password's (S17)")),
        },
        new("password-check", "Password checked exactly", "The registered password is accepted exactly: a wrong one, the same in another case, or a longer or shorter string with the same prefix is refused.",
            "E11 password; E13 password (the current one, S7 'validate your current password'); S19 1528", [MfaPasswordValidate, MfaPasswordChange, PasswordChange], "takes no registered password")
        {
            NotApplicable = Reasons((MfaPasswordForget, "a reset is for a forgotten password: no current password is sent (E12)")),
        },
        new("new-differs", "New password differs", "A change to the current password is refused and changes nothing.",
            "S19 1527 ('Old password and new password cannot be same'); E13", [MfaPasswordChange, PasswordChange], "changes no password")
        {
            NotApplicable = Reasons((MfaPasswordForget, "a reset sends no current password to compare with; 1527 speaks of the old and new password of a change")),
        },
        new("change-takes-effect", "Change takes effect", "After a change or reset the new password completes MFA and the old one is refused.",
            "1.7 step 6, 1.8; E12, E13", [MfaPasswordForget, MfaPasswordChange], "changes no password")
        {
            NotApplicable = Reasons((PasswordChange, "#3: whether the password/change path takes the MFA token is only recorded, so only its refusals are asserted")),
        },
        new("otp-correct", "OTP correct", "Only the OTP issued is accepted: a wrong one, or a shorter or longer string with the same prefix, is refused.",
            "§0.1 otp; E3, E10 otp; S19 1506", [OtpValidate, MfaOtpValidate], TakesNoOtp),
        new("otp-length", "OTP length", "An OTP has CONF_OTP_LENGTH digits (6 by default).",
            "§4.2 OTP length, CONF_OTP_LENGTH (6), S17", [OtpGenerate, MfaOtpGenerate], "generates no OTP"),
        new("otp-single-use", "OTP single use", "An OTP once validated is never accepted again, on that session or any other.",
            "§0.1 otp (One-Time Password: issued for one session, never accepted again)", [OtpValidate, MfaOtpValidate], TakesNoOtp),
        new("otp-own-session", "OTP of its own session", "An OTP is accepted only on the session it was issued for.",
            "§0.1 otp (issued for one session); E2/E3, E9/E10 sessionId", [OtpValidate, MfaOtpValidate], TakesNoOtp),
        new("attempt-limit", "Attempt limits", "After the configured number of wrong OTPs or passwords the session is locked: even the right one is refused and nothing else unlocks it; one wrong attempt fewer still lets the right one through.",
            "§4.2 CONF_MAX_OTP_RETRY_COUNT, CONF_MFA_MAX_OTP_RETRY_COUNT, CONF_MFA_MAX_PASSWORD_RETRY_COUNT (default 5); S17 'locked for that particular session'",
            [OtpValidate, MfaOtpValidate, MfaPasswordValidate], "validates no OTP or password")
        {
            NotApplicable = Reasons(
                (MfaOtpGenerate, "validates nothing; that a new OTP does not unlock a locked session is checked at mfa/otp/validate"),
                (MfaPasswordChange, "the documented password attempt limits are those of validation (E4, E11, S17); a change is not said to count attempts"),
                (PasswordChange, "the documented password attempt limits are those of validation (E4, E11, S17); a change is not said to count attempts")),
        },
        new("account-lock", "Account locking", "With account locking on, the lock set by the attempt limit outlasts the session for the configured lock period and ends after it.",
            "§4.2 CONF_ENABLE_ACCOUNT_LOCKING(_MFA), CONF_(MFA_)LOCK_PERIOD_IN_MINUTES; S17", [OtpValidate, MfaOtpValidate, MfaPasswordValidate], "validates no OTP or password")
        {
            NotApplicable = Reasons((MfaTokenGenerate, "the docs lock validation (S17); whether a locked customer still gets an MFA session is not documented, so the lock is checked where the credential is validated")),
        },
        new("otp-generation-limit", "OTP generation limit", "At most otpMaxCount OTPs per mobile number within otpTimeOut minutes: a new session does not reset the count, another customer is not limited, and generation resumes once the window has passed.",
            "E2 (S11), E9 (S3): otpMaxCount per mobile number within otpTimeOut; §4.2; #22", [OtpGenerate, MfaOtpGenerate], "generates no OTP"),
        new("session-lifetime", "Session lifetime", "A session is accepted until its configured lifetime and refused after it (an OTP never outlives its session).",
            "§4.1 CONF_TOKEN_SESSION_EXPIRY_MINUTES, CONF_MFA_SESSION_EXPIRY_MINUTES (15); #8", [OtpGenerate, OtpValidate, MfaOtpGenerate, MfaOtpValidate, MfaPasswordValidate, MfaPasswordForget], "takes no session")
        {
            NotApplicable = Reasons((TokenGenerate, "issues the session"), (MfaTokenGenerate, "issues the session")),
        },
        new("token-lifetime", "MFA token lifetime", "The MFA token is accepted until CONF_MFA_TOKEN_EXPIRY_IN_MINUTES and refused after it.",
            "§4.1 CONF_MFA_TOKEN_EXPIRY_IN_MINUTES (15); E10, E11, E14 auth.token", [MfaPasswordChange, PasswordChange, MfaTokenExpire], "takes no MFA token")
        {
            NotApplicable = Reasons(
                (MfaTokenGenerate, "#10: the first-factor token's lifetime is not asserted (15 minutes in the text, up to 3 hours in the examples); an @inferred scenario checks it far beyond any of them"),
                (MfaTokenRegenerate, "takes a key (see key lifetime); the token it issues is checked where it is used")),
        },
        new("key-lifetime", "Key lifetime", "Keys do not expire by default; with CONF_ENABLE_EXPIRY_BASED_KEY a key is accepted until its configured lifetime and refused after it (1597).",
            "1.9 key validity; §4.1 CONF_ENABLE_EXPIRY_BASED_KEY, CONF_KEY_EXPIRY_IN_MINUTES, CONF_KEY_EXPIRY_MFA_IN_MINUTES; S12, S14, S17", [TokenRegenerate, MfaTokenRegenerate], "takes no key"),
        new("credential", "The endpoint's own credential", "Each endpoint takes its own session, token or key: one of another kind, or one never issued, is refused.",
            "1.11 (where each value goes); E2, E3, E5, E8–E15 credential fields; #17",
            [OtpGenerate, OtpValidate, TokenRegenerate, MfaTokenGenerate, MfaOtpGenerate, MfaOtpValidate, MfaPasswordValidate, MfaPasswordForget, MfaPasswordChange, PasswordChange, MfaTokenRegenerate, MfaTokenExpire],
            "takes no credential"),
        new("expire-revokes", "Logout revokes", "After mfa/token/expire the MFA token is refused everywhere, including a second expiry.",
            "1.10, E15", [MfaPasswordChange, PasswordChange, MfaTokenExpire], "takes no MFA token")
        {
            NotApplicable = Reasons((MfaTokenRegenerate, "§5.B: whether expiring T2 also invalidates K2 is not documented (a @hardening scenario asks)")),
        },
        new("first-time-otp-step", "First-time OTP step", "A first-time MFA password is registered only by a successful MFA OTP validation, unless CONF_SKIP_OTP_VALIDATE is on.",
            "1.4; §4.4 CONF_SKIP_OTP_VALIDATE (default false), S17, S18", [MfaTokenGenerate, MfaOtpValidate], "not part of the first-time set-up")
        {
            NotApplicable = Reasons((MfaPasswordValidate, "validates a registered password; that a first-time password is not registered before its OTP is checked where it is given (mfa/token/generate) and confirmed (mfa/otp/validate)")),
        },
        new("forget-needs-otp", "Reset needs the OTP", "By default a reset needs the customer's own validated MFA OTP (one generated but not validated, a wrong one or another customer's is not enough); CONF_SKIP_OTP_VALIDATE_RESET removes the need.",
            "1.7; §4.4 CONF_SKIP_OTP_VALIDATE_RESET (default false), S17, S18", [MfaPasswordForget], "not a reset"),
        new("mfa-password-enabled", "MFA passwords enabled", "While IS_MFA_PASSWORD_ENABLED is false no MFA password is validated, reset or changed.",
            "§4.4 IS_MFA_PASSWORD_ENABLED ('Enables the MFA password flow', S17); 1.4 prerequisites", [MfaPasswordValidate, MfaPasswordForget, MfaPasswordChange, PasswordChange], "not a password endpoint")
        {
            NotApplicable = Reasons((MfaTokenGenerate, "without MFA passwords MFA runs on the OTP alone (1.6): there is no password to refuse")),
        },
        new("key-issued", "Key issued", "A successful validation issues a key (K1, K2) unless CONF_REGENERATE_TOKEN or CONF_REGENERATE_MFA_TOKEN is off, and then none.",
            "§4.4 CONF_REGENERATE_TOKEN, CONF_REGENERATE_MFA_TOKEN (default true: 'Issue a key after … validation', S17); E3, E10, E11 auth.key",
            [OtpValidate, MfaOtpValidate, MfaPasswordValidate], "validates nothing, so issues no key")
        {
            NotApplicable = Reasons(
                (TokenRegenerate, "a regeneration returns a new token with key null (E5 example); the key it takes is the one the validation issued"),
                (MfaTokenRegenerate, "a regeneration returns a new token with key null (E14 example); the key it takes is the one the validation issued")),
        },
        new("flow", "Documented flow", "A call that follows a documented flow with its own valid credentials and identity succeeds and hands on what the flow documents (a session, a token, a key).",
            "§1 flows 1.1–1.10; 1.11 (where each value comes from and goes)", [.. ApiActions.All.Select(a => a.Id).Where(id => id != PasswordChange)], "—")
        {
            NotApplicable = Reasons((PasswordChange, "#3: whether the password/change path takes the MFA token is only recorded, so only its refusals are asserted")),
        },
        new("mandatory-fields", "Mandatory fields", "A request whose mandatory field is missing or empty is refused.",
            "§2 request tables (the 'Y' rows); #21", [.. ApiActions.All.Select(a => a.Id)], "—"),
    ];

    public static DocumentedRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    private static Dictionary<string, string> Reasons(params (string Endpoint, string Reason)[] reasons) =>
        reasons.ToDictionary(r => r.Endpoint, r => r.Reason, StringComparer.Ordinal);
}
