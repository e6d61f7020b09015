using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.Client;

namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>The secret values (by the client's secret keys) found in recorded JSON bodies, by key.</summary>
internal static class WireSecrets
{
    public static IReadOnlyDictionary<string, HashSet<string>> From(IEnumerable<string> bodies)
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
