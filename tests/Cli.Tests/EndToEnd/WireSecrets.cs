using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.Client;

using MfaConformance.Client.Redaction;
namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>The secret values (by the client's secret keys) found in recorded JSON bodies, by key.</summary>
internal static class WireSecrets
{
    /// <summary>
    /// The secrets of <paramref name="bodies"/>. With <paramref name="responses"/>, an OTP is a secret when the target
    /// issued it (a hook's answer): the wrong OTPs a run sends (a literal of the feature files, an issued OTP without its
    /// last digit, with an extra one) are public or no credential, and a short digit run of them matches ports and counts.
    /// </summary>
    public static IReadOnlyDictionary<string, HashSet<string>> From(IEnumerable<string> bodies, IReadOnlyCollection<string>? responses = null)
    {
        var found = Collect(bodies);
        if (responses is not null && found.TryGetValue("otp", out var otps))
        {
            var issued = Collect(responses).GetValueOrDefault("otp") ?? [];
            otps.IntersectWith(issued);
        }

        return found;
    }

    private static Dictionary<string, HashSet<string>> Collect(IEnumerable<string> bodies)
    {
        var found = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var body in bodies)
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(body);
            }
            catch (JsonException)
            {
                continue;
            }

            Collect(node, found);
        }

        return found;
    }

    private static void Collect(JsonNode? node, Dictionary<string, HashSet<string>> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (SecretRedactor.DefaultSecretKeys.Contains(name, StringComparer.OrdinalIgnoreCase) && value is JsonValue v
                        && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number && v.ToString() is { Length: >= SecretRegistry.MinimumLength } text)
                    {
                        (found.TryGetValue(name, out var set) ? set : found[name] = []).Add(text);
                    }
                    else
                    {
                        Collect(value, found);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, found);
                }

                break;
        }
    }
}
