using System.Reflection;
using System.Text.Json;

namespace MfaConformance.Bdd;

/// <summary>
/// Reads reqnroll.json (the subset we honour) into <see cref="BddOptions"/>: language.feature, bindingAssemblies,
/// runtime.missingOrPendingStepsOutcome, runtime.stopAtFirstError, trace.coloredOutput, plus our "mfaConformance"
/// section (features, reportsFolder, formatters, maxParallelism, tagFilter). Unknown keys are refused.
/// </summary>
public static class BddConfiguration
{
    public const string FileName = "reqnroll.json";

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [string.Empty] = ["$schema", "language", "bindingAssemblies", "runtime", "trace", "mfaConformance"],
        ["language"] = ["feature"],
        ["bindingAssemblies[]"] = ["assembly"],
        ["runtime"] = ["missingOrPendingStepsOutcome", "stopAtFirstError"],
        ["trace"] = ["coloredOutput"],
        ["mfaConformance"] = ["features", "reportsFolder", "formatters", "maxParallelism", "tagFilter"],
    };

    /// <summary>
    /// Loads <paramref name="path"/> (default: reqnroll.json at the repository root). A missing file gives the defaults.
    /// Relative paths in the file are taken from the file's folder.
    /// </summary>
    public static BddOptions Load(string? path = null)
    {
        path ??= Path.Combine(RepositoryRoot.Find(), FileName);
        var options = new BddOptions { BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))! };
        if (!File.Exists(path))
        {
            options.FeaturePaths.Add("features");
            return options;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            Apply(doc.RootElement, options, path);
        }
        catch (JsonException ex)
        {
            throw new BddConfigurationException($"{path}: not valid JSON: {ex.Message}", ex);
        }

        if (options.FeaturePaths.Count == 0)
        {
            options.FeaturePaths.Add("features");
        }

        return options;
    }

    /// <summary>Parses reqnroll.json text (for tests and hosts that hold the JSON already).</summary>
    public static BddOptions Parse(string json, string baseDirectory)
    {
        var options = new BddOptions { BaseDirectory = baseDirectory };
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            Apply(doc.RootElement, options, FileName);
        }
        catch (JsonException ex)
        {
            throw new BddConfigurationException($"{FileName}: not valid JSON: {ex.Message}", ex);
        }

        return options;
    }

    private static void Apply(JsonElement root, BddOptions options, string file)
    {
        Check(root, string.Empty, file);
        if (root.TryGetProperty("language", out var language))
        {
            Check(language, "language", file);
            if (language.TryGetProperty("feature", out var feature))
            {
                options.FeatureLanguage = String(feature, "language.feature", file);
            }
        }

        if (root.TryGetProperty("bindingAssemblies", out var assemblies))
        {
            if (assemblies.ValueKind != JsonValueKind.Array)
            {
                throw new BddConfigurationException($"{file}: 'bindingAssemblies' must be an array of {{\"assembly\": \"Name\"}}.");
            }

            foreach (var item in assemblies.EnumerateArray())
            {
                Check(item, "bindingAssemblies[]", file);
                var name = item.TryGetProperty("assembly", out var a) ? String(a, "bindingAssemblies[].assembly", file) : throw new BddConfigurationException($"{file}: each 'bindingAssemblies' entry needs \"assembly\".");
                options.BindingAssemblies.Add(LoadAssembly(name, file));
            }
        }

        if (root.TryGetProperty("runtime", out var runtime))
        {
            Check(runtime, "runtime", file);
            if (runtime.TryGetProperty("missingOrPendingStepsOutcome", out var m))
            {
                var text = String(m, "runtime.missingOrPendingStepsOutcome", file);
                options.MissingOrPendingStepsOutcome = Enum.TryParse<MissingOrPendingStepsOutcome>(text, ignoreCase: true, out var outcome)
                    ? outcome
                    : throw new BddConfigurationException($"{file}: runtime.missingOrPendingStepsOutcome '{text}' is not one of Inconclusive, Ignore, Error.");
            }

            if (runtime.TryGetProperty("stopAtFirstError", out var s))
            {
                options.StopAtFirstError = Bool(s, "runtime.stopAtFirstError", file);
            }
        }

        if (root.TryGetProperty("trace", out var trace))
        {
            Check(trace, "trace", file);
            if (trace.TryGetProperty("coloredOutput", out var c))
            {
                options.ColoredOutput = Bool(c, "trace.coloredOutput", file);
            }
        }

        if (root.TryGetProperty("mfaConformance", out var own))
        {
            Check(own, "mfaConformance", file);
            ApplyOwn(own, options, file);
        }
    }

    private static void ApplyOwn(JsonElement own, BddOptions options, string file)
    {
        if (own.TryGetProperty("features", out var features))
        {
            var list = features.ValueKind == JsonValueKind.Array ? features.EnumerateArray().Select(f => String(f, "mfaConformance.features", file)) : [String(features, "mfaConformance.features", file)];
            foreach (var f in list)
            {
                options.FeaturePaths.Add(f);
            }
        }

        if (own.TryGetProperty("reportsFolder", out var reports))
        {
            options.OutputFolder = String(reports, "mfaConformance.reportsFolder", file);
        }

        if (own.TryGetProperty("tagFilter", out var tagFilter))
        {
            options.TagFilter = String(tagFilter, "mfaConformance.tagFilter", file);
        }

        if (own.TryGetProperty("maxParallelism", out var max))
        {
            options.MaxParallelism = max.ValueKind == JsonValueKind.Number && max.TryGetInt32(out var n) && n > 0
                ? n
                : throw new BddConfigurationException($"{file}: mfaConformance.maxParallelism must be a positive integer.");
        }

        if (own.TryGetProperty("formatters", out var formatters))
        {
            options.Formats = ReportFormats.None;
            foreach (var f in formatters.EnumerateArray().Select(x => String(x, "mfaConformance.formatters", file)))
            {
                options.Formats |= f.ToLowerInvariant() switch
                {
                    "junit" => ReportFormats.JUnit,
                    "messages" or "ndjson" => ReportFormats.CucumberMessages,
                    "html" => ReportFormats.Html,
                    _ => throw new BddConfigurationException($"{file}: mfaConformance.formatters: unknown formatter '{f}'. Allowed: junit, messages, html."),
                };
            }
        }
    }

    private static void Check(JsonElement element, string section, string file)
    {
        var where = section.Length == 0 ? "the root" : $"'{section}'";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new BddConfigurationException($"{file}: {where} must be a JSON object.");
        }

        var allowed = Allowed[section];
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                var key = section.Length == 0 ? property.Name : $"{section}.{property.Name}";
                throw new BddConfigurationException($"{file}: unknown key '{key}' in {where}. Allowed keys there: {string.Join(", ", allowed)}.");
            }
        }
    }

    private static string String(JsonElement e, string key, string file) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new BddConfigurationException($"{file}: '{key}' must be a string.");

    private static bool Bool(JsonElement e, string key, string file) =>
        e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : throw new BddConfigurationException($"{file}: '{key}' must be true or false.");

    private static Assembly LoadAssembly(string name, string file)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new BddConfigurationException($"{file}: binding assembly '{name}' could not be loaded ({ex.Message}).", ex);
        }
    }
}
