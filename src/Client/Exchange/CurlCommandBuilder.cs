using System.Text;
using System.Text.Json.Nodes;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Client.Exchange;

/// <summary>
/// Builds a curl command reproducing an exchange. Secret JSON values become shell variables named after
/// their key in upper snake case ($PASSWORD, $CONFIRM_PASSWORD, $OTP, $TOKEN, $AUTHORIZED_TOKEN, $KEY...),
/// so the command reproduces the call once the user exports them; secret header values become $HEADER_NAME.
/// The body is double-quoted for the shell, so values may contain $, backticks and spaces; a value is inserted
/// into its JSON string verbatim, so a value containing '"' or '\' must be exported JSON-escaped.
/// </summary>
public static class CurlCommandBuilder
{
    /// <summary>Headers a compact command leaves out: they do not change what the API answers.</summary>
    public static readonly IReadOnlySet<string> CompactOmits = new HashSet<string>(["Accept", "User-Agent", Transport.TraceParent.HeaderName], StringComparer.OrdinalIgnoreCase);

    public static string Build(ExchangeRecord exchange) => Build(exchange, compact: false);

    /// <summary><paramref name="compact"/>: without the headers of <see cref="CompactOmits"/> (one line per call in the reports).</summary>
    public static string Build(ExchangeRecord exchange, bool compact)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var redactor = exchange.Redactor;
        var command = new StringBuilder("curl -sS");
        command.Append(" -X ").Append(exchange.Method);
        command.Append(' ').Append(SingleQuote(exchange.Url));
        foreach (var (name, value) in exchange.Data.RequestHeaders.Where(h => !compact || !CompactOmits.Contains(h.Key)))
        {
            var shown = HeaderRedaction.IsSecretHeader(name) ? "$" + ToVariable(name) : EscapeDouble(redactor.RedactText(value));
            command.Append(" -H \"").Append(EscapeDouble(name)).Append(": ").Append(shown).Append('"');
        }
        var body = BodyWithVariables(exchange);
        if (body is not null)
            command.Append(" --data-raw \"").Append(body).Append('"');
        return command.ToString();
    }

    /// <summary>The shell variable a secret JSON key maps to, e.g. "confirmPassword" -> "CONFIRM_PASSWORD".</summary>
    public static string ToVariable(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var name = new StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(key[i - 1]))
                name.Append('_');
            name.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }
        return name.ToString();
    }

    private static string? BodyWithVariables(ExchangeRecord exchange)
    {
        var raw = exchange.Data.RequestBody;
        if (string.IsNullOrEmpty(raw))
            return null;
        var json = exchange.ParseRequestJson();
        if (json is null)
            return EscapeDouble(exchange.Redactor.RedactText(raw));
        const string marker = "@@SHELLVAR@@";
        ReplaceSecrets(json, exchange.Redactor, marker);
        var text = EscapeDouble(exchange.Redactor.Registry.Redact(json.ToJsonString()));
        // markers survive escaping untouched; turn them into unescaped shell expansions
        return text.Replace(marker, "$", StringComparison.Ordinal);
    }

    private static void ReplaceSecrets(JsonNode? node, SecretRedactor redactor, string marker)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (redactor.IsSecretKey(name) && obj[name] is JsonValue)
                        obj[name] = marker + ToVariable(name);
                    else
                        ReplaceSecrets(obj[name], redactor, marker);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    ReplaceSecrets(item, redactor, marker);
                break;
        }
    }

    private static string SingleQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string EscapeDouble(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '\\' or '"' or '$' or '`')
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
