using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MfaConformance.Client.Redaction;

/// <summary>
/// The one redactor of the harness (client, steps, load engine, reports and CLI output): by JSON key
/// (case-insensitive; values become <c>"***"</c>, null stays null), by value (every secret registered in the
/// <see cref="SecretRegistry"/>), and in free text by shape (JWTs, bearer credentials, and the value after a
/// password/otp/token/secret/api-key/authorization-like key followed by ':' or '=').
/// </summary>
public sealed partial class SecretRedactor
{

    /// <summary>The JSON keys whose values are always secret.</summary>
    public static readonly IReadOnlyList<string> DefaultSecretKeys =
    [
        "password", "confirmPassword", "newPassword", "otp", "token", "authorizedToken",
        "key", "expiredToken", "hash",
    ];

    /// <summary>A redactor without value tracking, for text that belongs to no target (engine reports, CLI errors).</summary>
    public static SecretRedactor Default { get; } = new(new SecretRegistry(0)); // after DefaultSecretKeys: static initialisers run in order

    private static readonly System.Buffers.SearchValues<char> PairMarks = System.Buffers.SearchValues.Create(":=\".");
    private readonly HashSet<string> _keys;
    private readonly Regex _loosePair;

    public SecretRedactor(SecretRegistry? registry = null, IEnumerable<string>? extraSecretKeys = null)
    {
        Registry = registry ?? new SecretRegistry();
        _keys = new HashSet<string>(DefaultSecretKeys, StringComparer.OrdinalIgnoreCase);
        foreach (var key in extraSecretKeys ?? [])
            _keys.Add(key);
        var alternatives = string.Join("|", _keys.Select(Regex.Escape));
        _loosePair = new Regex(
            "(?<head>\"(?:" + alternatives + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*(?<end>\")?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The value-based registry used by this redactor.</summary>
    public SecretRegistry Registry { get; }

    /// <summary>The keys treated as secret (defaults plus extras).</summary>
    public IReadOnlyCollection<string> SecretKeys => _keys;

    /// <summary>True when values under this JSON key are secret.</summary>
    public bool IsSecretKey(string key) => _keys.Contains(key);

    /// <summary>Returns a redacted deep copy of <paramref name="node"/>; the input is not modified.</summary>
    public JsonNode? RedactJson(JsonNode? node)
    {
        var copy = node?.DeepClone();
        RedactInPlace(copy);
        return copy;
    }

    /// <summary>
    /// Redacts a body: JSON is redacted by key and then by value; anything else (HTML, truncated
    /// JSON) is redacted by value only.
    /// </summary>
    public string RedactBody(string? body)
    {
        if (string.IsNullOrEmpty(body))
            return body ?? string.Empty;
        try
        {
            var node = JsonNode.Parse(body);
            if (node is JsonObject or JsonArray)
                return Registry.Redact(RedactJson(node)!.ToJsonString());
        }
        catch (JsonException)
        {
            // not JSON: value-based redaction below
        }
        return RedactText(body);
    }

    /// <summary>
    /// Redaction of free text (error messages, logs, broken JSON): registered secret values, plus any
    /// <c>"secretKey": "value"</c> pair even when the JSON around it is truncated.
    /// </summary>
    public string RedactText(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var redacted = Registry.Redact(text);
        if (redacted.AsSpan().IndexOfAny(PairMarks) < 0 && !redacted.Contains("earer", StringComparison.OrdinalIgnoreCase))
            return redacted; // no ':' '=' '"' '.' nor "bearer": no pair, JWT or credential to mask (most status messages)
        redacted = _loosePair.Replace(redacted, m => m.Groups["head"].Value + "\"" + SecretRegistry.Mask + (m.Groups["end"].Success ? "\"" : string.Empty));
        return RedactShapes(redacted);
    }

    /// <summary>Free-text rules by shape only: JWTs, bearer credentials, secret-like key=value or key: value pairs.</summary>
    private static string RedactShapes(string text)
    {
        var result = text.Contains("eyJ", StringComparison.Ordinal) ? Jwt().Replace(text, SecretRegistry.Mask) : text;
        result = Bearer().Replace(result, "${1}" + SecretRegistry.Mask);
        return KeyValue().Replace(result, "${1}" + SecretRegistry.Mask);
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+")]
    private static partial Regex Bearer();

    [GeneratedRegex(@"(?i)((?:password|passwd|pwd|otp|token|secret|api[_-]?key|authorization)[A-Za-z_]*""?\s*[:=]\s*""?)(?!\*\*\*)[^""\s,;&}]+")]
    private static partial Regex KeyValue();

    /// <summary>Registers the values of every secret key found in <paramref name="node"/>.</summary>
    public void RegisterSecretsIn(JsonNode? node)
    {
        if (!Registry.IsEnabled)
            return;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (IsSecretKey(name) && value is JsonValue v)
                        Registry.Register(v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString());
                    else
                        RegisterSecretsIn(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    RegisterSecretsIn(item);
                break;
        }
    }

    private void RedactInPlace(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (IsSecretKey(name) && obj[name] is JsonValue)
                        obj[name] = SecretRegistry.Mask;
                    else
                        RedactInPlace(obj[name]);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    RedactInPlace(item);
                break;
        }
    }
}
