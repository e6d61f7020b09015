using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MfaConformance.Client.Responses;

/// <summary>Lenient readers for JSON values whose type the docs leave open.</summary>
internal static class JsonTolerance
{
    public static string? AsString(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => node.ToJsonString(),
    };

    public static bool? AsBool(JsonNode? node)
    {
        if (node is not JsonValue v)
            return null;
        return v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(v.GetValue<string>(), out var b) => b,
            _ => null,
        };
    }

    public static int? AsInt(JsonNode? node)
    {
        if (node is not JsonValue v)
            return null;
        return v.GetValueKind() switch
        {
            JsonValueKind.Number when v.TryGetValue<int>(out var i) => i,
            JsonValueKind.Number when v.TryGetValue<double>(out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue => (int)d,
            JsonValueKind.String when int.TryParse(v.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) => s,
            _ => null,
        };
    }

    public static string KindOf(JsonObject parent, string name)
    {
        if (!parent.TryGetPropertyValue(name, out var node))
            return "absent";
        return node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant();
    }

    public static IReadOnlyList<string>? AsStringList(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => array.Where(i => i is not null).Select(i => AsString(i)!).ToList(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String =>
            v.GetValue<string>().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        _ => [node.ToJsonString()],
    };
}
