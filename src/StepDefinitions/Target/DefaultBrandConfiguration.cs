using System.Text.Json.Nodes;

namespace MfaConformance.StepDefinitions.Target;

/// <summary>
/// The default MFA password configuration (glossary B1): MFA passwords enabled, a password rule every test
/// password satisfies, every other key left out so it takes its documented default.
/// </summary>
public static class DefaultBrandConfiguration
{
    /// <summary>At least 8 characters and one digit (the control-plane contract's example); the test passwords satisfy it.</summary>
    public const string PasswordRegex = "^(?=.*[0-9]).{8,64}$";

    public static JsonObject Create() => new()
    {
        ["IS_MFA_PASSWORD_ENABLED"] = true,
        ["MFA_PASSWORD_REGEX"] = PasswordRegex,
    };

    /// <summary>The default configuration with <paramref name="overrides"/> applied (a JSON null removes nothing: it asks for the default).</summary>
    public static JsonObject With(IEnumerable<KeyValuePair<string, JsonNode?>> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var configuration = Create();
        foreach (var (key, value) in overrides)
        {
            configuration[key] = value?.DeepClone();
        }

        return configuration;
    }
}
