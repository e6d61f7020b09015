using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.Cli.Targets;
using MfaConformance.Client;

namespace MfaConformance.Cli.Configuration;

/// <summary>Walks the configuration file's sections; every error names the file and the key path.</summary>
internal sealed class ConfigSection(string sourceName, string baseFolder)
{
    /// <summary>The keys the file may hold, by section (the documentation of the format is `mfa-conformance init`).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Keys = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["target"] = ["baseUrl", "brand", "timeout", "allowInvalidCertificates", "headers", "maxResponseSize"],
        ["identities"] = ["fixtures"],
        ["otp"] = ["source", "value", "command", "commandTimeout"],
        ["reports"] = ["folder"],
        ["suite"] = ["scenarioTimeout", "timeout"],
        ["load"] = ["duration", "rate", "config", "preflight"],
        ["embedded"] = ["mutant", "passwordHashIterations"],
    };

    public HarnessSettings Read(HarnessSettings settings, JsonObject root)
    {
        foreach (var (name, node) in root)
        {
            if (name == "$schema")
            {
                continue;
            }

            if (!Keys.TryGetValue(name, out var allowed))
            {
                throw Error(name, $"unknown section{KeySuggester.Hint(name, Keys.Keys)} (known: {string.Join(", ", Keys.Keys)})");
            }

            if (node is null)
            {
                continue;
            }

            if (node is not JsonObject section)
            {
                throw Error(name, "must be an object { ... }");
            }

            foreach (var (key, value) in section)
            {
                if (!allowed.Contains(key, StringComparer.Ordinal))
                {
                    throw Error($"{name}.{key}", $"unknown key{KeySuggester.Hint(key, allowed)} (known in '{name}': {string.Join(", ", allowed)})");
                }

                if (value is not null)
                {
                    settings = ApplyKey(settings, $"{name}.{key}", value);
                }
            }
        }

        return settings;
    }

    private HarnessSettings ApplyKey(HarnessSettings s, string key, JsonNode value) => key switch
    {
        "target.baseUrl" => s with { TargetUrl = HarnessSettingsResolver.ParseUrl(Text(key, value), Name(key)) },
        "target.brand" => s with { Brand = NonBlank(key, value) },
        "target.timeout" => s with { Timeout = SettingValues.ParseDuration(Text(key, value), Name(key)) },
        "target.allowInvalidCertificates" => s with { AllowInvalidCertificates = Bool(key, value) },
        "target.headers" => s with { ExtraHeaders = Headers(key, value) },
        "target.maxResponseSize" => s with { MaxResponseBytes = SettingValues.ParseSize(SizeText(key, value), Name(key)) },
        "suite.scenarioTimeout" => s with { ScenarioTimeout = SettingValues.ParseDuration(Text(key, value), Name(key)) },
        "suite.timeout" => s with { SuiteTimeout = SettingValues.ParseDuration(Text(key, value), Name(key)) },
        "load.preflight" => s with { LoadPreflight = Bool(key, value) },
        "identities.fixtures" => s with { FixturesPath = FilePath(key, value) },
        "otp.source" => s with { Otp = s.Otp with { Kind = SettingValues.ParseOtpKind(Text(key, value), Name(key)) } },
        "otp.value" => s with { Otp = s.Otp with { FixedOtp = NonBlank(key, value) } },
        "otp.command" => s with { Otp = s.Otp with { Command = NonBlank(key, value) } },
        "otp.commandTimeout" => s with { Otp = s.Otp with { CommandTimeout = SettingValues.ParseDuration(Text(key, value), Name(key)) } },
        "reports.folder" => s with { ReportsFolder = NonBlank(key, value) },
        "load.duration" => s with { LoadDuration = SettingValues.ParseDuration(Text(key, value), Name(key)) },
        "load.rate" => s with { LoadRate = SettingValues.ParseRate(NumberText(key, value), Name(key)) },
        "load.config" => s with { LoadConfigPath = FilePath(key, value) },
        "embedded.mutant" => s with { EmbeddedMutant = NonBlank(key, value) },
        "embedded.passwordHashIterations" => s with { EmbeddedPasswordHashIterations = Iterations(key, value) },
        _ => throw Error(key, "unknown key"),
    };

    private string Name(string key) => $"{sourceName}: {key}";

    private SettingsException Error(string key, string problem) => new(Name(key), problem);

    private string Text(string key, JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw Error(key, $"must be a string, not {Kind(value)}");

    private string NonBlank(string key, JsonNode value)
    {
        var text = Text(key, value);
        return string.IsNullOrWhiteSpace(text) ? throw Error(key, "must not be blank (use null for the default)") : text.Trim();
    }

    private string NumberText(string key, JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.ToJsonString() : throw Error(key, $"must be a number, not {Kind(value)}");

    private string SizeText(string key, JsonNode value) =>
        value is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number
            ? (v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString())
            : throw Error(key, $"must be a size such as \"1MB\" or a number of bytes, not {Kind(value)}");

    private bool Bool(string key, JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error(key, $"must be true or false, not {Kind(value)}"),
    };

    private int Iterations(string key, JsonNode value) =>
        value is JsonValue v && v.TryGetValue<int>(out var n) && n is >= 1 and <= 10_000_000 ? n : throw Error(key, "must be a whole number from 1 to 10000000");

    private string FilePath(string key, JsonNode value)
    {
        var path = Path.Combine(baseFolder, NonBlank(key, value));
        return File.Exists(path) ? path : throw Error(key, $"the file '{path}' does not exist");
    }

    private Dictionary<string, string> Headers(string key, JsonNode value)
    {
        if (value is not JsonObject headers)
        {
            throw Error(key, $"must be an object of header names to string values, not {Kind(value)}");
        }

        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, headerValue) in headers)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Any(c => char.IsWhiteSpace(c) || c == ':'))
            {
                throw Error(key, $"'{name}' is not a valid header name");
            }

            result[name] = headerValue is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? v.GetValue<string>()
                : throw Error($"{key}.{name}", "must be a string (the value is never printed)");
        }

        return result;
    }

    private static string Kind(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
