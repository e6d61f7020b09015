using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Responses;

/// <summary>
/// Tolerant parsing of a response body: extra fields are ignored, open types are normalised, and
/// anything that is not the expected JSON is described in a protocol problem instead of throwing.
/// </summary>
internal static class ResponseParser
{
    private const int SnippetLength = 60;

    public static ParsedBody Parse(ApiEndpoint endpoint, int statusCode, string? contentType, byte[] body, SecretRedactor redactor) =>
        Parse(endpoint, statusCode, contentType, body.Length == 0 ? null : Encoding.UTF8.GetString(body), body.Length, redactor);

    /// <summary>As above, from the body already decoded once by the transport (<paramref name="length"/> bytes).</summary>
    public static ParsedBody Parse(ApiEndpoint endpoint, int statusCode, string? contentType, string? text, int length, SecretRedactor redactor)
    {
        var statusProblem = statusCode is >= 200 and < 300 or >= 400 and < 500
            ? null
            : $"unexpected HTTP {statusCode.ToString(CultureInfo.InvariantCulture)} (the API answers 2xx or 4xx)";
        var parsed = ParseBody(endpoint, contentType, text, length, redactor);
        var problem = (statusProblem, parsed.Problem) switch
        {
            (null, var p) => p,
            (var s, null) => s,
            var (s, p) => s + "; " + p,
        };
        return parsed with { Problem = problem };
    }

    private static ParsedBody ParseBody(ApiEndpoint endpoint, string? contentType, string? text, int length, SecretRedactor redactor)
    {
        if (string.IsNullOrEmpty(text))
            return endpoint.UsesEnvelope ? ParsedBody.Empty with { Problem = "expected a JSON body, got an empty body (0 bytes)" } : ParsedBody.Empty;
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            var what = LooksLikeJson(contentType, text)
                ? $"invalid or truncated JSON ({FirstLine(ex.Message)})"
                : $"expected a JSON body, got {DescribeContent(contentType, text)}";
            return ParsedBody.Empty with { Problem = $"{what}: '{Snippet(text, redactor)}' ({length} bytes)" };
        }
        if (!endpoint.UsesEnvelope)
            return ParsedBody.Empty with { Json = json };
        if (json is not JsonObject root)
            return ParsedBody.Empty with { Json = json, Problem = $"expected a JSON object with a 'status' envelope, got {KindName(json)} ({length} bytes)" };
        redactor.RegisterSecretsIn(root);
        return new ParsedBody(json, ReadStatus(root, redactor), ReadAuth(root), ReadUser(root), ReadIdentifiers(root), StatusProblem(root));
    }

    private static string? StatusProblem(JsonObject root) => root["status"] switch
    {
        JsonObject status when status["success"] is null => "the 'status' envelope has no boolean 'success'",
        JsonObject => null,
        null => "the JSON body has no 'status' envelope",
        var other => $"'status' is {KindName(other)}, not an object",
    };

    /// <remarks>The message is value-redacted: a server echoing a password must not leak it through ToString.</remarks>
    private static ApiStatus? ReadStatus(JsonObject root, SecretRedactor redactor) => root["status"] is JsonObject s
        ? new ApiStatus(
            JsonTolerance.AsBool(s["success"]),
            JsonTolerance.AsInt(s["code"]),
            JsonTolerance.AsString(s["message"]) is { } message ? redactor.RedactText(message) : null)
        : null;

    private static AuthBlock? ReadAuth(JsonObject root) => root["auth"] is JsonObject a
        ? new AuthBlock(JsonTolerance.AsString(a["token"]), JsonTolerance.AsString(a["key"]))
        : null;

    private static UserBlock? ReadUser(JsonObject root) => root["user"] is JsonObject u
        ? new UserBlock(
            JsonTolerance.AsBool(u["appRegistered"]),
            JsonTolerance.AsString(u["sessionId"]),
            JsonTolerance.AsString(u["role"]),
            JsonTolerance.AsBool(u["userRegisteredForPassword"]))
        : null;

    private static IdentifiersBlock? ReadIdentifiers(JsonObject root) => root["identifiers"] is JsonObject i
        ? new IdentifiersBlock(JsonTolerance.AsStringList(i["identifierList"])) { ListKind = JsonTolerance.KindOf(i, "identifierList") }
        : null;

    private static bool LooksLikeJson(string? contentType, string text)
    {
        var start = text.TrimStart();
        if (start.StartsWith('{') || start.StartsWith('['))
            return true;
        return !start.StartsWith('<') && (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) ?? false);
    }

    private static string DescribeContent(string? contentType, string text)
    {
        var type = contentType ?? "no content type";
        var html = text.TrimStart().StartsWith('<') && !type.Contains("html", StringComparison.OrdinalIgnoreCase);
        return html ? "HTML labelled " + type : type;
    }

    private static string KindName(JsonNode? node) => node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant();

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private static string Snippet(string text, SecretRedactor redactor)
    {
        var flat = redactor.RedactText(text).ReplaceLineEndings(" ").Trim();
        return flat.Length <= SnippetLength ? flat : flat[..SnippetLength] + "…";
    }
}
