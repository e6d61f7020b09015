using System.Text.Json.Nodes;

namespace MfaConformance.Cli.Tests.Support;

/// <summary>Reads a Cucumber messages file (ndjson) for assertions.</summary>
internal static class CucumberMessages
{
    /// <summary>The envelopes of messages.ndjson, or of messages.ndjson.gz (as verify and accept store them).</summary>
    public static IEnumerable<JsonObject> Read(string path) =>
        ReportText.Read(path).Split('\n').Where(l => l.Trim().Length > 0).Select(l => (JsonObject)JsonNode.Parse(l)!);

    public static int Count(string path, string kind) => Read(path).Count(e => e.ContainsKey(kind));

    /// <summary>The names of the scenarios (and outlines) of every Gherkin document in the file.</summary>
    public static IReadOnlyList<string> ScenarioNames(string path) =>
    [
        .. Read(path).Select(e => e["gherkinDocument"]).OfType<JsonObject>()
            .SelectMany(d => d["feature"]!["children"]!.AsArray()
                .SelectMany(c => c!["rule"] is { } rule ? rule["children"]!.AsArray().Select(rc => rc!["scenario"]) : [c["scenario"]]))
            .OfType<JsonObject>()
            .Select(s => s["name"]!.GetValue<string>()),
    ];
}
