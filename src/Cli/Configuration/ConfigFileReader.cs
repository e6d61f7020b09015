using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Configuration;

/// <summary>
/// Reads <c>mfa-conformance.json</c> (comments and trailing commas allowed) onto <see cref="HarnessSettings"/>.
/// Unknown keys are refused naming the key (with a suggestion); null values keep the default. Paths in the file
/// (identities.fixtures, load.config) are relative to the file's folder.
/// </summary>
internal static class ConfigFileReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static HarnessSettings Apply(HarnessSettings settings, string path)
    {
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
        return Apply(settings, text, path, folder) with { ConfigPath = path };
    }

    public static HarnessSettings Apply(HarnessSettings settings, string json, string sourceName, string baseFolder)
    {
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

        var reader = new ConfigSection(sourceName, baseFolder);
        return reader.Read(settings, obj);
    }
}
