using System.Text.Json;
using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Config;

/// <summary>Validates a configuration object: unknown keys and wrong types are refused with a message naming the key.</summary>
internal static class BrandConfigParser
{
    public static BrandConfig Parse(JsonNode? node, out string? error)
    {
        error = null;
        if (node is not JsonObject obj)
        {
            error = "the brand configuration must be a JSON object";
            return BrandConfig.Defaults;
        }

        if (Api.JsonText.FindInvalid(obj) is { } invalid)
        {
            error = $"the brand configuration's {invalid} {Api.JsonText.NotText}";
            return BrandConfig.Defaults;
        }

        var given = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in obj)
        {
            var key = ConfigKeys.Find(name);
            if (key is null)
            {
                error = $"unknown configuration key '{name}'";
                return BrandConfig.Defaults;
            }

            error = Check(key, value);
            if (error is not null)
            {
                return BrandConfig.Defaults;
            }

            given[name] = value;
        }

        return BrandConfig.FromValidated(given);
    }

    private static string? Check(ConfigKey key, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        var kind = value.GetValueKind();
        return key.Kind switch
        {
            ConfigValueKind.Boolean => kind is JsonValueKind.True or JsonValueKind.False ? null : $"configuration key '{key.Name}' must be a boolean",
            ConfigValueKind.Integer or ConfigValueKind.NullableInteger => CheckInteger(key, value, kind),
            ConfigValueKind.String => kind != JsonValueKind.String ? $"configuration key '{key.Name}' must be a string"
                : Api.JsonText.TryRead(value) is null ? $"configuration key '{key.Name}' is not valid text (invalid UTF-8 or a lone surrogate)" : null,
            ConfigValueKind.Regex => CheckRegex(key, value, kind),
            _ => null,
        };
    }

    private static string? CheckInteger(ConfigKey key, JsonNode value, JsonValueKind kind)
    {
        if (kind != JsonValueKind.Number || !value.GetValue<JsonElement>().TryGetInt32(out var number))
        {
            return $"configuration key '{key.Name}' must be a whole number";
        }

        return number < key.Min || number > key.Max
            ? $"configuration key '{key.Name}' must be between {key.Min} and {key.Max}"
            : null;
    }

    private static string? CheckRegex(ConfigKey key, JsonNode value, JsonValueKind kind)
    {
        if (kind != JsonValueKind.String)
        {
            return $"configuration key '{key.Name}' must be a string";
        }

        if (Api.JsonText.TryRead(value) is not { } pattern)
        {
            return $"configuration key '{key.Name}' is not valid text (invalid UTF-8 or a lone surrogate)";
        }

        try
        {
            _ = PasswordRegexFactory.Create(pattern);
            return null;
        }
        catch (ArgumentException)
        {
            return $"configuration key '{key.Name}' is not a valid regular expression";
        }
    }
}
