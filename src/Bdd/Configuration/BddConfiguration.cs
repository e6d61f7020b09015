using System.Text.Json;
using System.Text.Json.Nodes;

using MfaConformance.Bdd.Runtime;
namespace MfaConformance.Bdd.Configuration;

/// <summary>
/// Reads reqnroll.json into <see cref="BddOptions"/>. Reqnroll itself gets the whole file (bindingAssemblies, runtime,
/// trace, language...). We read language.feature, the "formatters" section (html, message and
/// our junit: <c>{"outputFilePath": "..."}</c>) and our "mfaConformance" section (features, tagFilter,
/// maxParallelism). Unknown formatters and unknown keys in our section are refused.
/// </summary>
public static class BddConfiguration
{
    public const string FileName = "reqnroll.json";

    /// <summary>The formatters a run knows: Reqnroll's html and message, and junit (written from the same run's messages).</summary>
    public static readonly IReadOnlyList<string> KnownFormatters = ["html", "message", "junit"];

    private static readonly string[] OwnKeys = ["features", "tagFilter", "maxParallelism"];

    /// <summary>
    /// Loads <paramref name="path"/> (default: reqnroll.json at the repository root). A missing file gives the defaults.
    /// Relative paths in the file are taken from the file's folder.
    /// </summary>
    public static BddOptions Load(string? path = null)
    {
        path ??= Path.Combine(RepositoryRoot.Find(), FileName);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!File.Exists(path))
        {
            var defaults = new BddOptions { BaseDirectory = folder };
            defaults.FeaturePaths.Add("features");
            return defaults;
        }

        return Parse(File.ReadAllText(path), folder, path);
    }

    /// <summary>Parses reqnroll.json text (for tests and hosts that hold the JSON already).</summary>
    public static BddOptions Parse(string json, string baseDirectory, string file = FileName)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new BddConfigurationException($"{file}: the root must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new BddConfigurationException($"{file}: not valid JSON: {ex.Message}", ex);
        }

        var options = new BddOptions { BaseDirectory = baseDirectory, ReqnrollJson = root };
        options.FeatureLanguage = root["language"]?["feature"] is { } language ? String(language, "language.feature", file) : "en";
        ReadFormatters(root, options, file);
        if (root["mfaConformance"] is { } own)
        {
            ReadOwn(own as JsonObject ?? throw new BddConfigurationException($"{file}: 'mfaConformance' must be a JSON object."), options, file);
        }

        if (options.FeaturePaths.Count == 0)
        {
            options.FeaturePaths.Add("features");
        }

        return options;
    }

    private static void ReadFormatters(JsonObject root, BddOptions options, string file)
    {
        if (root["formatters"] is not { } node)
        {
            return;
        }

        var formatters = node as JsonObject ?? throw new BddConfigurationException($"{file}: 'formatters' must be a JSON object such as {{\"html\": {{\"outputFilePath\": \"reports/report.html\"}}}}.");
        foreach (var (name, value) in formatters)
        {
            if (!KnownFormatters.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new BddConfigurationException($"{file}: unknown formatter '{name}' in 'formatters'. Known: {string.Join(", ", KnownFormatters)}.");
            }

            var path = value is JsonObject settings && settings["outputFilePath"] is { } p
                ? String(p, $"formatters.{name}.outputFilePath", file)
                : throw new BddConfigurationException($"{file}: 'formatters.{name}' must be {{\"outputFilePath\": \"...\"}}.");
            options.Formatters[name] = path;
        }
    }

    private static void ReadOwn(JsonObject own, BddOptions options, string file)
    {
        foreach (var (key, _) in own)
        {
            if (!OwnKeys.Contains(key, StringComparer.Ordinal))
            {
                throw new BddConfigurationException($"{file}: unknown key 'mfaConformance.{key}'. Allowed keys there: {string.Join(", ", OwnKeys)}.");
            }
        }

        if (own["features"] is { } features)
        {
            var list = features is JsonArray array ? array.Select(f => String(f!, "mfaConformance.features", file)) : [String(features, "mfaConformance.features", file)];
            foreach (var f in list)
            {
                options.FeaturePaths.Add(f);
            }
        }

        if (own["tagFilter"] is { } tagFilter)
        {
            options.TagFilter = String(tagFilter, "mfaConformance.tagFilter", file);
        }

        if (own["maxParallelism"] is { } max)
        {
            options.MaxParallelism = max is JsonValue v && v.TryGetValue<int>(out var n) && n > 0
                ? n
                : throw new BddConfigurationException($"{file}: mfaConformance.maxParallelism must be a positive integer.");
        }
    }

    private static string String(JsonNode node, string key, string file) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new BddConfigurationException($"{file}: '{key}' must be a string.");
}
