namespace MfaConformance.Cli.Accept;

/// <summary>The documented inconsistencies (spec section 5, #1..#28) and the choice taken for each.</summary>
internal static class SpecInconsistencies
{
    public static IReadOnlyList<SpecInconsistency> All { get; } =
    [
        new(1, "Password fields on mfa/token/generate (flow overview vs endpoint table)", "Optional fields, required for a first-time user when IS_MFA_PASSWORD_ENABLED (1520 empty, 1521 mismatch, 1542 regex); the harness sends them."),
        new(2, "mfa/password/forget: GET with a body or POST", "The harness sends POST; GET-with-body acceptance is only reported."),
        new(3, "Change password path: /mfa/password/change vs /password/change", "/auth/v1/mfa/password/change with the MFA token T2 is canonical."),
        new(4, "Token for mfa/password/change: role USER vs example MFA_PENDING", "Require T2 (role USER) from mfa/password/validate."),
        new(5, "Session for MFA OTP: primary session vs MFA session", "mfa/otp/* need an MFA session; a primary session gets 1505."),
        new(6, "Does mfa/password/validate need a prior MFA OTP?", "Only a valid, unconsumed MFA session; a consumed one gets 1505."),
        new(7, "Expire token method: POST vs DELETE", "The harness sends DELETE with a JSON body (the server also accepts POST)."),
        new(8, "Session 15 min vs primary OTP 20 min", "Session 15 min; the OTP cannot outlive it; nothing asserted between 15 and 20 min."),
        new(9, "Session for mfa/password/forget after OTP verification", "Validate the OTP, then a new mfa/token/generate session (inferred)."),
        new(10, "Primary token lifetime: 15 min vs longer example tokens", "15 min in the reference server; the harness does not assert it."),
        new(11, "Key expiry: non-expiring vs 60 min (1597)", "Keys do not expire unless CONF_ENABLE_EXPIRY_BASED_KEY is on."),
        new(12, "Caller authentication: none vs HTTP Basic in OpenAPI", "No Authorization header is sent or required."),
        new(13, "Code 1504: 'Unable to generate token' vs 'Unsupported brand'", "The code is asserted, never the message."),
        new(14, "Code 1526: 'Unable to validate password' vs identifier mismatch", "The code only; 1528 for a wrong password in the reference server."),
        new(15, "identifierType values and spelling (EXTERNALID, 'USERNAME.')", "MFA: MOBILE, EMAIL, USERNAME, EXTERNALID (case-sensitive); others 1546."),
        new(16, "Type of otp: long vs String", "The server accepts string or number; the harness always sends a string."),
        new(17, "mfa/token/generate response: token/key vs example role VIEW, key null", "Key null, role VIEW; that token is not accepted where T2 is required."),
        new(18, "user.sessionId after validation: session vs null", "null or a string is accepted, never reused."),
        new(19, "identifiers.identifierList: string, list or null", "null, an array of strings or a string are accepted."),
        new(20, "Web vs mobile paths and URL typos", "Both forms exist; the MFA flow uses the mobile primary form."),
        new(21, "Required fields: prose tables vs OpenAPI", "Follow the prose tables; conditional fields only in their condition."),
        new(22, "OTP generation limit: daily vs windowed; 400 vs 429", "Windowed limit, code 1534; HTTP 400 or 429 accepted."),
        new(23, "Error envelope and HTTP status undocumented", "Assert status.success false and the code; any 4xx; never the message."),
        new(24, "Web otp/validate user object vs null", "null accepted on web."),
        new(25, "Scope of token/regenerate", "Available for all orgs."),
        new(26, "Primary forget-password resource table", "POST."),
        new(27, "Case of the path (mfa/OTP/generate)", "Lower-case paths; the reference server is case-sensitive."),
        new(28, "Host names", "A configurable base URL."),
    ];
}
