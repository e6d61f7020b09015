using System.Text.Json.Nodes;

namespace MfaConformance.Tests.Shared.Variant;

/// <summary>
/// Makes the reference server look like another server that follows the docs: opaque non-JWT tokens and keys,
/// other session ids, other messages, other error HTTP statuses, extra fields, identifierList as [] or "".
/// </summary>
internal sealed class VariantRewriter
{
    private static readonly string[] CredentialFields = ["token", "authorizedToken", "key", "expiredToken"];
    private readonly OpaqueMap _credentials = new(n => $"opaque~{n:x8}~{Guid.NewGuid():N}");
    private readonly OpaqueMap _sessions = new(n => $"S{n:D6}-variant");
    private long _responses;

    /// <summary>Request JSON: the variant's tokens, keys and session ids back to the real ones.</summary>
    public void RewriteRequest(JsonObject body)
    {
        foreach (var field in CredentialFields)
        {
            if (body[field] is JsonValue v && v.TryGetValue<string>(out var text))
            {
                body[field] = _credentials.ToReal(text);
            }
        }

        if (body["sessionId"] is JsonValue s && s.TryGetValue<string>(out var session))
        {
            body["sessionId"] = _sessions.ToReal(session);
        }
    }

    public string RealSession(string variant) => _sessions.ToReal(variant);

    /// <summary>Response JSON of the API; returns the HTTP status to answer with.</summary>
    public int RewriteApiResponse(JsonObject body, int httpStatus)
    {
        var n = Interlocked.Increment(ref _responses);
        body["requestId"] = Guid.NewGuid().ToString();
        if (body["status"] is JsonObject status)
        {
            var success = status["success"]?.GetValue<bool>() == true;
            status["message"] = success ? "OK, done" : "The request could not be honoured (variant wording)";
            status["traceId"] = $"t-{n}";
        }

        if (body["auth"] is JsonObject auth)
        {
            MapCredential(auth, "token");
            MapCredential(auth, "key");
            auth["expiresIn"] = 900;
        }

        if (body["user"] is JsonObject user)
        {
            if (user["sessionId"] is JsonValue s && s.TryGetValue<string>(out var session))
            {
                user["sessionId"] = _sessions.ToVariant(session);
            }

            user["displayName"] = "variant";
        }

        if (body["identifiers"] is JsonObject identifiers && identifiers["identifierList"] is null)
        {
            identifiers["identifierList"] = n % 2 == 0 ? new JsonArray() : JsonValue.Create(string.Empty);
        }

        return httpStatus == 400 ? VariedErrorStatus(body) : httpStatus;
    }

    /// <summary>Hook GET /otp answers carry a session id: the variant's.</summary>
    public void RewriteHookResponse(JsonObject body)
    {
        if (body["sessionId"] is JsonValue s && s.TryGetValue<string>(out var session))
        {
            body["sessionId"] = _sessions.ToVariant(session);
        }
    }

    private void MapCredential(JsonObject auth, string field)
    {
        if (auth[field] is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0)
        {
            auth[field] = _credentials.ToVariant(text);
        }
    }

    private static int VariedErrorStatus(JsonObject body)
    {
        var code = (body["status"] as JsonObject)?["code"] is JsonValue c && c.TryGetValue<int>(out var value) ? value : 0;
        return (code % 4) switch
        {
            0 => 422,
            1 => 409,
            2 => 403,
            _ => 401,
        };
    }
}
