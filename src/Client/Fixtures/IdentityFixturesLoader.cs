using System.Text.Json;
using System.Text.Json.Nodes;

namespace MfaConformance.Client.Fixtures;

/// <summary>
/// Reads a fixtures file:
/// <c>{"brand":"ACME","customers":[{"identifierType":"MOBILE","identifierValue":"9198...","password":null,"deviceId":"dev-1","reusable":false}]}</c>;
/// a USERNAME customer may add <c>"mobile"</c>.
/// Errors name the source and the bad field; password values never appear in messages.
/// </summary>
public static class IdentityFixturesLoader
{
    /// <summary>The identifier types the MFA flow accepts.</summary>
    public static readonly IReadOnlyList<string> IdentifierTypes = ["MOBILE", "EMAIL", "USERNAME", "EXTERNALID"];

    public static IdentityFixtures Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FixtureFormatException($"{path}: cannot read the fixtures file: {ex.Message}", ex);
        }
        return Parse(text, path);
    }

    public static IdentityFixtures Parse(string json, string sourceName = "fixtures")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new FixtureFormatException($"{sourceName}: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})", ex);
        }
        if (root is not JsonObject obj)
            throw new FixtureFormatException($"{sourceName}: expected a JSON object with 'brand' and 'customers'");
        var brand = RequiredString(obj, "brand", "brand", sourceName);
        if (obj["customers"] is not JsonArray customers)
            throw new FixtureFormatException($"{sourceName}: 'customers' must be an array of customers");
        if (customers.Count == 0)
            throw new FixtureFormatException($"{sourceName}: 'customers' is empty; give at least one customer");
        var list = customers.Select((c, i) => ParseCustomer(c, $"customers[{i}]", sourceName)).ToList();
        var duplicate = list.GroupBy(c => (c.IdentifierType, c.IdentifierValue)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new FixtureFormatException($"{sourceName}: customer {duplicate.Key.IdentifierType} {duplicate.Key.IdentifierValue} appears more than once");
        return new IdentityFixtures(brand, list);
    }

    private static IdentityFixture ParseCustomer(JsonNode? node, string at, string source)
    {
        if (node is not JsonObject c)
            throw new FixtureFormatException($"{source}: {at} must be an object");
        var type = RequiredString(c, "identifierType", $"{at}.identifierType", source);
        if (!IdentifierTypes.Contains(type, StringComparer.Ordinal))
            throw new FixtureFormatException($"{source}: {at}.identifierType '{type}' is not one of {string.Join(", ", IdentifierTypes)}");
        var value = RequiredString(c, "identifierValue", $"{at}.identifierValue", source);
        var password = OptionalString(c, "password", $"{at}.password", source);
        if (password is { Length: 0 })
            throw new FixtureFormatException($"{source}: {at}.password is empty; use null for a first-time customer");
        var device = OptionalString(c, "deviceId", $"{at}.deviceId", source);
        var reusable = c["reusable"] switch
        {
            null => false,
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
            _ => throw new FixtureFormatException($"{source}: {at}.reusable must be true or false"),
        };
        var mobile = OptionalString(c, "mobile", $"{at}.mobile", source);
        return new IdentityFixture(type, value, password, device, reusable, mobile);
    }

    private static string RequiredString(JsonObject obj, string name, string at, string source) =>
        OptionalString(obj, name, at, source) is { Length: > 0 } s && !string.IsNullOrWhiteSpace(s)
            ? s
            : throw new FixtureFormatException($"{source}: {at} is missing or empty");

    private static string? OptionalString(JsonObject obj, string name, string at, string source) => obj[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => throw new FixtureFormatException($"{source}: {at} must be a string, got {other.GetValueKind().ToString().ToLowerInvariant()}"),
    };
}
