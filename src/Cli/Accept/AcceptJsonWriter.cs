using System.Text.Json;
using System.Text.Json.Serialization;

namespace MfaConformance.Cli.Accept;

/// <summary>Writes the acceptance report as JSON (camelCase, enums as text) for machines.</summary>
internal static class AcceptJsonWriter
{
    public const string FileName = "accept.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write(AcceptReport report, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(report, Options));
}
