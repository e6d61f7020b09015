using System.Text.Json;
using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Api;

/// <summary>Typed access to the fields of a JSON request object; every problem names the field.</summary>
internal sealed class RequestBody(JsonObject json)
{
    public static RequestBody Empty { get; } = new(new JsonObject());

    /// <summary>A mandatory string: missing, null, empty or whitespace gives 1519 naming the field.</summary>
    public string Required(string name)
    {
        var value = Optional(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ApiException.InvalidDetails($"field '{name}' is required");
        }

        return value;
    }

    /// <summary>An optional string: absent or null gives null; any other JSON type gives 1519.</summary>
    public string? Optional(string name)
    {
        if (!json.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.String)
        {
            return FieldLimits.Check(name, JsonText.Read(node, name));
        }

        throw ApiException.InvalidDetails($"field '{name}' must be a string");
    }

    /// <summary>An OTP given as a JSON string or a whole JSON number (spec #16), returned as a digit string.</summary>
    public string RequiredOtp(string name)
    {
        if (json.TryGetPropertyValue(name, out var node) && node is not null && node.GetValueKind() == JsonValueKind.Number)
        {
            var element = node.GetValue<JsonElement>();
            if (element.TryGetInt64(out var number) && number >= 0)
            {
                return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            throw ApiException.InvalidDetails($"field '{name}' must be a string of digits");
        }

        return Required(name);
    }

    public bool Has(string name) => json.TryGetPropertyValue(name, out var node) && node is not null;
}
