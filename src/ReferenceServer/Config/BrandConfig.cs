using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MfaConformance.ReferenceServer.Config;

/// <summary>A brand's effective configuration: every documented key, defaults filled in.</summary>
internal sealed class BrandConfig
{
    private readonly Dictionary<string, JsonNode?> _values;

    private BrandConfig(Dictionary<string, JsonNode?> values)
    {
        _values = values;
        var regex = values[ConfigKeys.MfaPasswordRegex]?.GetValue<string>();
        PasswordRegex = string.IsNullOrEmpty(regex) ? null : PasswordRegexFactory.Create(regex);
    }

    public static BrandConfig Defaults { get; } = FromValidated(new Dictionary<string, JsonNode?>());

    public Regex? PasswordRegex { get; }

    public int Int(string key) => _values[key]!.GetValue<int>();

    public int? NullableInt(string key) => _values[key]?.GetValue<int>();

    public bool Bool(string key) => _values[key]!.GetValue<bool>();

    public TimeSpan Minutes(string key) => TimeSpan.FromMinutes(Int(key));

    /// <summary>Builds the config from keys already checked by <see cref="BrandConfigParser"/>.</summary>
    public static BrandConfig FromValidated(IReadOnlyDictionary<string, JsonNode?> given)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var key in ConfigKeys.All)
        {
            values[key.Name] = given.TryGetValue(key.Name, out var v) && v is not null ? v.DeepClone() : key.Default?.DeepClone();
        }

        return new BrandConfig(values);
    }

    public JsonObject ToJson()
    {
        var obj = new JsonObject();
        foreach (var key in ConfigKeys.All)
        {
            obj[key.Name] = _values[key.Name]?.DeepClone();
        }

        return obj;
    }

    public string ToJsonString() => ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
