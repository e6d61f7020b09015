using System.Text.Json;
using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Api;

/// <summary>
/// JSON can carry strings that are not text (invalid UTF-8 bytes, a lone <c>\ud800</c> surrogate escape):
/// System.Text.Json parses them but refuses to decode them. Request bodies are checked once, up front, so such a
/// string is refused as an input error naming the field rather than by the catch-all for unexpected failures.
/// </summary>
internal static class JsonText
{
    /// <summary>The text of a JSON string node, or null when the string is not valid Unicode text.</summary>
    public static string? TryRead(JsonNode node)
    {
        try
        {
            return node.GetValue<string>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The text of a JSON string node; invalid text gives 1519 naming <paramref name="field"/>.</summary>
    public static string Read(JsonNode node, string field) =>
        TryRead(node) ?? throw ApiException.InvalidDetails($"field '{field}' {NotText}");

    /// <summary>What is wrong with such a string, for messages.</summary>
    public const string NotText = "is not valid text (invalid UTF-8 or a lone surrogate)";

    /// <summary>
    /// Names the first string or property name in <paramref name="node"/> that is not valid text (<c>field 'identifierValue'</c>,
    /// <c>field '[0].brand'</c>, <c>a field name in 'CONF_FALLBACK_CHANNELS'</c>), or null when all are. Reading the
    /// properties also detects duplicated names (<see cref="ArgumentException"/>, left to the caller).
    /// </summary>
    public static string? FindInvalid(JsonNode? node, string path = "")
    {
        switch (node)
        {
            case JsonObject obj:
                try
                {
                    foreach (var (name, value) in obj)
                    {
                        if (FindInvalid(value, path.Length == 0 ? name : $"{path}.{name}") is { } found)
                        {
                            return found;
                        }
                    }
                }
                catch (InvalidOperationException)
                {
                    return path.Length == 0 ? "a field name" : $"a field name in '{path}'";
                }

                return null;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (FindInvalid(array[i], $"{path}[{i}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return TryRead(value) is null ? (path.Length == 0 ? "the body" : $"field '{path}'") : null;
            default:
                return null;
        }
    }
}
