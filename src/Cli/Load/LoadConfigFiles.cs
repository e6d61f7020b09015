using System.Text.Json;
using MfaConformance.LoadEngine.Config;

namespace MfaConformance.Cli.Load;

/// <summary>Reads LoadEngine config files for `load`: tells them from harness config files and keeps only the running scenario's section.</summary>
internal static class LoadConfigFiles
{
    /// <summary>True when <paramref name="path"/> is a LoadEngine config (a JSON object with "global" or "scenarios" at the top).</summary>
    public static bool IsLoadConfig(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && (doc.RootElement.TryGetProperty("scenarios", out _) || doc.RootElement.TryGetProperty("global", out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The config at <paramref name="path"/> with only the section of <paramref name="scenario"/> (a file may describe every flow).</summary>
    public static LoadConfig LoadFor(string path, string scenario)
    {
        var config = LoadConfig.Load(path);
        return config with
        {
            Scenarios = config.Scenarios.Where(s => s.Key == scenario).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>True when the config gives thresholds that apply to <paramref name="scenario"/> (then the built-in ones are not added).</summary>
    public static bool HasThresholds(LoadConfig config, string scenario) =>
        config.Thresholds.Count > 0 || (config.Scenarios.TryGetValue(scenario, out var section) && section.Thresholds.Count > 0);
}
