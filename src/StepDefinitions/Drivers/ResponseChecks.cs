using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.Client;

using MfaConformance.Client.Responses;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>
/// The checks T1–T12 (features/README.md "Checks"). Only what the docs fix is asserted: never the HTTP status
/// within 4xx, the message, token or session formats, or extra fields. Every message names the call, the
/// HTTP status, the parsed code and the redacted body.
/// </summary>
public static class ResponseChecks
{
    /// <summary>T1: status.success true and status.code 200.</summary>
    public static void Succeeds(ApiResponse response)
    {
        NoServerFault(response);
        Check(response.IsSuccess && response.Status?.Code == 200, $"expected the call to succeed (status.success true, status.code 200), but {ResponseDescriptions.Describe(response)}");
    }

    /// <summary>T2: below 500; status.success false when there is a status object, else a 4xx.</summary>
    public static void Fails(ApiResponse response)
    {
        NoServerFault(response);
        var refused = response.Status is { } status ? status.Success == false : response.IsClientError;
        Check(refused, $"expected the call to be refused (status.success false, or a 4xx without a status object), but {ResponseDescriptions.Describe(response)}");
    }

    /// <summary>T3: as T2, and status.code is one of <paramref name="codes"/>.</summary>
    public static void FailsWithCode(ApiResponse response, params int[] codes)
    {
        Fails(response);
        Check(response.Status?.Code is { } code && codes.Contains(code), $"expected the call to be refused with status.code {string.Join(" or ", codes)}, but {ResponseDescriptions.Describe(response)}");
    }

    /// <summary>T5: user.sessionId is a non-empty string.</summary>
    public static void CarriesSession(ApiResponse response) =>
        Check(!string.IsNullOrEmpty(response.User?.SessionId), $"expected a non-empty user.sessionId, but {ResponseDescriptions.Describe(response)}");

    /// <summary>T7: auth.token is a non-empty string.</summary>
    public static void CarriesToken(ApiResponse response) =>
        Check(!string.IsNullOrEmpty(response.Auth?.Token), $"expected a non-empty auth.token, but {ResponseDescriptions.Describe(response)}");

    /// <summary>T6 (with T7): auth.key is a non-empty string.</summary>
    public static void CarriesKey(ApiResponse response) =>
        Check(!string.IsNullOrEmpty(response.Auth?.Key), $"expected a non-empty auth.key, but {ResponseDescriptions.Describe(response)}");

    /// <summary>T8: auth.key is null or absent.</summary>
    public static void HasNoKey(ApiResponse response) =>
        Check(response.Auth?.Key is null, $"expected auth.key to be null or absent, but {ResponseDescriptions.Describe(response)}");

    /// <summary>T9: user.role.</summary>
    public static void HasRole(ApiResponse response, string role) =>
        Check(response.User?.Role == role, $"expected user.role '{role}', but {ResponseDescriptions.Describe(response)}");

    /// <summary>T10: user.userRegisteredForPassword.</summary>
    public static void IsRegisteredForPassword(ApiResponse response, bool registered) =>
        Check(response.User?.UserRegisteredForPassword == registered, $"expected user.userRegisteredForPassword {registered.ToString().ToLowerInvariant()}, but {ResponseDescriptions.Describe(response)}");

    /// <summary>T11: identifiers.identifierList is present and null, an array of strings or a string (#19).</summary>
    public static void IdentifierListIsNullListOrString(ApiResponse response)
    {
        var list = (response.RedactedJson as JsonObject)?["identifiers"] is JsonObject identifiers && identifiers.TryGetPropertyValue("identifierList", out var value)
            ? (Present: true, Value: value)
            : (Present: false, Value: null);
        var ok = list.Present && list.Value switch
        {
            null => true,
            JsonArray array => array.All(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String),
            JsonValue v => v.GetValueKind() == JsonValueKind.String,
            _ => false,
        };
        Check(ok, $"expected identifiers.identifierList to be present and null, a list of strings or a string, but {ResponseDescriptions.Describe(response)}");
    }

    /// <summary>T12 "can": <paramref name="refusal"/> is null (MFA completed).</summary>
    public static void CanCompleteMfa(ApiResponse? refusal) =>
        Check(refusal is null, $"expected the customer to complete MFA with that password on a fresh login, but {(refusal is null ? "it did" : ResponseDescriptions.Describe(refusal))}");

    /// <summary>T12 "cannot": the fresh login was refused at E8 or E11.</summary>
    public static void CannotCompleteMfa(ApiResponse? refusal)
    {
        Check(refusal is not null, "expected the customer not to complete MFA with that password on a fresh login, but mfa/token/generate and mfa/password/validate both succeeded");
        Fails(refusal!);
    }

    /// <summary>Fails the step with <paramref name="message"/> (what was expected, then what came back) unless <paramref name="condition"/> holds.</summary>
    public static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new CheckFailedException(message);
        }
    }

    /// <summary>T14 "can": <paramref name="refusal"/> is null (the first factor completed).</summary>
    public static void CanCompleteTheFirstFactor(ApiResponse? refusal) =>
        Check(refusal is null, $"expected a fresh first factor (token/generate, otp/generate, otp/validate) to complete, but {(refusal is null ? "it did" : ResponseDescriptions.Describe(refusal))}");

    /// <summary>T14 "cannot": a fresh first factor was refused at E1, E2 or E3.</summary>
    public static void CannotCompleteTheFirstFactor(ApiResponse? refusal)
    {
        Check(refusal is not null, "expected a fresh first factor to be refused, but token/generate, otp/generate and otp/validate all succeeded");
        Fails(refusal!);
    }

    /// <summary>T16: the OTP the target issued is <paramref name="digits"/> digits long (never printed: it is a secret).</summary>
    public static void OtpHasDigits(string otp, int digits)
    {
        ArgumentNullException.ThrowIfNull(otp);
        Check(
            otp.Length == digits && otp.All(char.IsAsciiDigit),
            $"expected the OTP issued to be {digits} digits, but it has {otp.Length} characters{(otp.All(char.IsAsciiDigit) ? string.Empty : ", not all digits")}");
    }

    /// <summary>A transport failure or a 5xx is never a refusal.</summary>
    public static void NoServerFault(ApiResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Check(response.TransportError is null, $"the call got no answer: {ResponseDescriptions.Describe(response)}");
        Check(response.StatusCode < 500, $"the target failed (a crash is never a refusal): {ResponseDescriptions.Describe(response)}");
    }
}
