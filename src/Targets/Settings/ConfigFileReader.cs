using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.Targets.Errors;

namespace MfaConformance.Targets.Settings;

/// <summary>
/// Reads <c>mfa-conformance.json</c> (comments and trailing commas allowed) through the rows of
/// <see cref="SettingsTable"/>. Unknown sections and keys are refused naming them (with a suggestion); null values keep
/// the default; paths are relative to the file's folder. Every error names the file and the key.
/// </summary>
public static class ConfigFileReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static HarnessSettings Apply(HarnessSettings settings, string path)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException(path, $"cannot read the configuration file: {ex.Message}");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        return Apply(settings, text, path, folder) with { ConfigPath = Path.GetFullPath(path) };
    }

    public static HarnessSettings Apply(HarnessSettings settings, string json, string sourceName, string baseFolder)
    {
        ArgumentNullException.ThrowIfNull(settings);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new SettingsException(sourceName, $"not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1})");
        }

        if (root is not JsonObject obj)
        {
            throw new SettingsException(sourceName, "must be a JSON object (run 'mfa-conformance init' for an example)");
        }

        var sections = SettingsTable.Sections;
        foreach (var (sectionName, node) in obj)
        {
            if (sectionName == "$schema")
            {
                continue;
            }

            if (!sections.Contains(sectionName, StringComparer.Ordinal))
            {
                throw new SettingsException($"{sourceName}: {sectionName}", $"unknown section{KeySuggester.Hint(sectionName, sections)} (known: {string.Join(", ", sections)})");
            }

            if (node is null)
            {
                continue;
            }

            if (node is not JsonObject section)
            {
                throw new SettingsException($"{sourceName}: {sectionName}", "must be an object { ... }");
            }

            var keys = SettingsTable.All.Where(s => s.Section == sectionName).Select(s => s.Name).ToList();
            foreach (var (name, value) in section)
            {
                var setting = SettingsTable.Find($"{sectionName}.{name}")
                    ?? throw new SettingsException($"{sourceName}: {sectionName}.{name}", $"unknown key{KeySuggester.Hint(name, keys)} (known in '{sectionName}': {string.Join(", ", keys)})");
                if (value is not null)
                {
                    var source = new SettingSource($"{sourceName}: {setting.Key}", SettingOrigin.File, baseFolder);
                    settings = SettingsResolver.ApplyOne(settings, setting, Texts(setting, value, source), source);
                }
            }
        }

        return settings;
    }

    private static IReadOnlyList<string> Texts(Setting setting, JsonNode value, SettingSource source)
    {
        var kind = value.GetValueKind();
        if (kind == JsonValueKind.Object && setting.FileKinds.HasFlag(FileValueKinds.Object) && setting.FromObject is { } fromObject)
        {
            return fromObject((JsonObject)value, source);
        }

        return kind switch
        {
            JsonValueKind.String when setting.FileKinds.HasFlag(FileValueKinds.String) => [value.GetValue<string>()],
            JsonValueKind.Number when setting.FileKinds.HasFlag(FileValueKinds.Number) => [value.ToJsonString()],
            JsonValueKind.True when setting.FileKinds.HasFlag(FileValueKinds.Bool) => ["true"],
            JsonValueKind.False when setting.FileKinds.HasFlag(FileValueKinds.Bool) => ["false"],
            _ => throw new SettingsException(source.Name, $"must be {Expected(setting.FileKinds)}, not {Kind(kind)}"),
        };
    }

    private static string Expected(FileValueKinds kinds) => kinds switch
    {
        FileValueKinds.Bool => "true or false",
        FileValueKinds.Object => "an object of header names to string values",
        _ => string.Join(" or ", new[] { (FileValueKinds.String, "a string"), (FileValueKinds.Number, "a number"), (FileValueKinds.Bool, "true or false") }
            .Where(k => kinds.HasFlag(k.Item1)).Select(k => k.Item2)),
    };

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
