using System.Text.Json;
using MfaConformance.LoadEngine.Thresholds;

namespace MfaConformance.LoadEngine.Config;

/// <summary>
/// Reads a <see cref="LoadConfig"/> from JSON, refusing unknown keys. Keys:
/// global: reportFolder, reportFormats, reportingInterval, maxConcurrency, overloadStopAfter, lateStartBound, consoleProgress, thresholds;
/// scenarios.NAME: warmUp, maxFailCount, simulations, thresholds. A simulation is an object with one key:
/// inject/rampingInject {rate, interval, during}, iterationsForInject {rate, interval, iterations},
/// keepConstant/rampingConstant {copies, during}, iterationsForConstant {copies, iterations}, pause {during}.
/// A threshold is a string or {"expr", "abortOnFail", "startCheckAfter"}.
/// </summary>
internal static class LoadConfigParser
{
    public static LoadConfig Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new LoadConfigException($"load config is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = Object(document.RootElement, "$");
            var config = new LoadConfig();
            foreach (var property in root.EnumerateObject())
            {
                config = property.Name switch
                {
                    "global" => ParseGlobal(config, property.Value, "$.global"),
                    "scenarios" => config with { Scenarios = ParseScenarios(property.Value, "$.scenarios") },
                    _ => throw Unknown("$", property.Name, "global, scenarios"),
                };
            }

            return config;
        }
    }

    private static LoadConfig ParseGlobal(LoadConfig config, JsonElement element, string path)
    {
        foreach (var p in Object(element, path).EnumerateObject())
        {
            var at = $"{path}.{p.Name}";
            config = p.Name switch
            {
                "reportFolder" => config with { ReportFolder = String(p.Value, at) },
                "reportFormats" => config with { ReportFormats = Array(p.Value, at).Select((f, i) => Format(f, $"{at}[{i}]")).ToList() },
                "reportingInterval" => config with { ReportingInterval = Duration(p.Value, at) },
                "maxConcurrency" => config with { MaxConcurrency = PositiveInt(p.Value, at) },
                "lateStartBound" => config with { LateStartBound = Duration(p.Value, at) },
                "overloadStopAfter" => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == "off"
                    ? config with { OverloadStopOff = true }
                    : config with { OverloadStopAfter = Duration(p.Value, at) },
                "consoleProgress" => config with { ConsoleProgress = Bool(p.Value, at) },
                "thresholds" => config with { Thresholds = Thresholds(p.Value, at, null) },
                _ => throw Unknown(path, p.Name, "reportFolder, reportFormats, reportingInterval, maxConcurrency, overloadStopAfter, lateStartBound, consoleProgress, thresholds"),
            };
        }

        return config;
    }

    private static Dictionary<string, ScenarioLoadConfig> ParseScenarios(JsonElement element, string path)
    {
        var result = new Dictionary<string, ScenarioLoadConfig>(StringComparer.Ordinal);
        foreach (var scenario in Object(element, path).EnumerateObject())
        {
            var scenarioPath = $"{path}.{scenario.Name}";
            var config = new ScenarioLoadConfig();
            foreach (var p in Object(scenario.Value, scenarioPath).EnumerateObject())
            {
                var at = $"{scenarioPath}.{p.Name}";
                config = p.Name switch
                {
                    "warmUp" => config with { WarmUp = Duration(p.Value, at, allowZero: true) },
                    "maxFailCount" => config with { MaxFailCount = NonNegativeInt(p.Value, at) },
                    "simulations" => config with { Simulations = Simulations(p.Value, at) },
                    "thresholds" => config with { Thresholds = Thresholds(p.Value, at, scenario.Name) },
                    _ => throw Unknown(scenarioPath, p.Name, "warmUp, maxFailCount, simulations, thresholds"),
                };
            }

            result[scenario.Name] = config;
        }

        return result;
    }

    private static List<LoadSimulation> Simulations(JsonElement element, string path)
    {
        var items = Array(element, path);
        if (items.Count == 0)
        {
            throw new LoadConfigException($"{path}: give at least one simulation");
        }

        return items.Select((item, i) => SimulationConfigReader.Read(item, $"{path}[{i}]")).ToList();
    }

    private static List<Threshold> Thresholds(JsonElement element, string path, string? scenario)
    {
        var result = new List<Threshold>();
        var items = Array(element, path);
        for (var i = 0; i < items.Count; i++)
        {
            var threshold = ThresholdConfigReader.Read(items[i], $"{path}[{i}]");
            result.Add(scenario is not null && threshold.Scope == ThresholdScope.All
                ? threshold with { Scope = ThresholdScope.Scenario, ScopeName = scenario }
                : threshold);
        }

        return result;
    }

    private static ReportFormat Format(JsonElement element, string path) =>
        String(element, path).ToLowerInvariant() switch
        {
            "html" => ReportFormat.Html,
            "md" or "markdown" => ReportFormat.Md,
            "csv" => ReportFormat.Csv,
            "json" => ReportFormat.Json,
            var other => throw new LoadConfigException($"{path}: unknown report format \"{other}\" (use html, md, csv, json)"),
        };

    internal static JsonElement Object(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object ? element : throw new LoadConfigException($"{path}: expected an object, found {element.ValueKind}");

    internal static List<JsonElement> Array(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Array ? [.. element.EnumerateArray()] : throw new LoadConfigException($"{path}: expected an array, found {element.ValueKind}");

    internal static string String(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new LoadConfigException($"{path}: expected a string, found {element.ValueKind}");

    internal static bool Bool(JsonElement element, string path) =>
        element.ValueKind is JsonValueKind.True or JsonValueKind.False ? element.GetBoolean() : throw new LoadConfigException($"{path}: expected true or false, found {element.ValueKind}");

    internal static TimeSpan Duration(JsonElement element, string path, bool allowZero = false)
    {
        var value = DurationParser.Parse(String(element, path), path);
        return value > TimeSpan.Zero || (allowZero && value == TimeSpan.Zero) ? value : throw new LoadConfigException($"{path}: the duration must be longer than 0");
    }

    internal static int PositiveInt(JsonElement element, string path)
    {
        var value = NonNegativeInt(element, path);
        return value > 0 ? value : throw new LoadConfigException($"{path}: must be more than 0, found 0");
    }

    internal static int NonNegativeInt(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) && value >= 0
            ? value
            : throw new LoadConfigException($"{path}: expected a whole number 0 or more, found {element.GetRawText()}");

    internal static long PositiveLong(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value) && value > 0
            ? value
            : throw new LoadConfigException($"{path}: expected a whole number more than 0, found {element.GetRawText()}");

    internal static LoadConfigException Unknown(string path, string key, string known) =>
        new($"{path}: unknown key \"{key}\" (known: {known})");
}
