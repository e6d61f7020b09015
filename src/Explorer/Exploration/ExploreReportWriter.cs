using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.Explorer.Printing;

namespace MfaConformance.Explorer.Exploration;

/// <summary>
/// Writes an exploration's reports into a folder: <c>explore.md</c> (what ran, the verdict, each contradiction with its
/// Gherkin and the musts checked per rule and endpoint), <c>explore.json</c>, <c>contradictions.feature</c> (every
/// shrunk program as a scenario of the suite's glossary) and <c>exchanges/NN-rule.txt</c> (the redacted exchanges with
/// curl replay). Nothing secret is written: exchanges are redacted by the client, Gherkin carries password literals only.
/// </summary>
public static class ExploreReportWriter
{
    public const string MarkdownFile = "explore.md";
    public const string JsonFile = "explore.json";
    public const string FeatureFile = "contradictions.feature";
    public const string ExchangesFolder = "exchanges";

    public static IReadOnlyList<string> Write(ExploreResult result, string folder, string target)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        var exchangeFiles = new List<string>();
        for (var i = 0; i < result.Contradictions.Count; i++)
        {
            var found = result.Contradictions[i];
            var name = ExchangeFileName(i, found);
            var path = Path.Combine(folder, ExchangesFolder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, found.Exchanges);
            exchangeFiles.Add($"{ExchangesFolder}/{name}");
            written.Add(path);
        }

        if (result.Contradictions.Count > 0)
        {
            var feature = Path.Combine(folder, FeatureFile);
            File.WriteAllText(feature, GherkinPrinter.FeatureHeader + string.Concat(result.Contradictions.Select(c => Environment.NewLine + c.Gherkin)));
            written.Add(feature);
        }

        var markdown = Path.Combine(folder, MarkdownFile);
        File.WriteAllText(markdown, Markdown(result, target, exchangeFiles));
        var json = Path.Combine(folder, JsonFile);
        File.WriteAllText(json, Json(result, target, exchangeFiles).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        written.Add(markdown);
        written.Add(json);
        return written;
    }

    /// <summary>One line: the verdict of the exploration.</summary>
    public static string Verdict(ExploreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.NotRunReason is { } reason ? $"NOT EXPLORED: {reason}"
            : !result.Ran ? "NOT EXPLORED: the target refused the set-up of every program (see explore.md)"
            : result.Contradicted ? $"NOT CONFORMANT: {result.Contradictions.Count} answer(s) the documentation rules out"
            : $"no contradiction of the documentation in {result.Programs} programs ({result.Calls} calls, {result.Musts} of them with an answer the documentation fixes)";
    }

    private static string ExchangeFileName(int index, ExploredContradiction found) =>
        string.Create(CultureInfo.InvariantCulture, $"{index + 1:00}-{found.RuleId}.txt");

    private static string Markdown(ExploreResult result, string target, IReadOnlyList<string> exchangeFiles)
    {
        var text = new StringBuilder();
        text.AppendLine("# Exploration");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Target: {target}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Seed: `{result.Seed}` (replay with `mfa-conformance explore --seed {result.Seed}`)");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Programs: {result.Programs} ({result.SetUpFailures} refused at set-up, {result.Stopped} stopped early), {result.Calls} calls in {result.Elapsed.TotalSeconds:0.0} s");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Answers the documentation fixes (musts): {result.Musts}; left open (either): {result.Eithers}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Programs that contradicted the model: {result.ContradictingPrograms}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"**Verdict:** {Verdict(result)}");
        for (var i = 0; i < result.Contradictions.Count; i++)
        {
            var found = result.Contradictions[i];
            var c = found.Contradiction;
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {i + 1}. `{c.RuleId}` on {c.Endpoint}");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"The documentation requires {c.Expected}; the target {c.Observed}. Why: {c.Reason}");
            text.AppendLine();
            var shrunk = found.Reproduced
                ? string.Create(CultureInfo.InvariantCulture, $"shrunk to {found.Steps} steps ({found.Calls} calls) in {found.Replays} replays, from which no step can be removed.")
                : "it did not show again on replay, so it is reported as it ran.";
            text.AppendLine(CultureInfo.InvariantCulture, $"Found by program {found.ProgramNumber} (its seed `{found.ProgramSeed}`: `mfa-conformance explore --replay {found.ProgramSeed}`), {found.OriginalSteps} steps; {shrunk}");
            text.AppendLine(CultureInfo.InvariantCulture, $"Exchanges with curl replay: [{exchangeFiles[i]}]({exchangeFiles[i]}).");
            text.AppendLine();
            text.AppendLine("```gherkin");
            text.Append(found.Gherkin);
            text.AppendLine("```");
        }

        text.AppendLine();
        text.AppendLine("## Musts checked, by rule and endpoint");
        text.AppendLine();
        text.AppendLine("| rule | endpoint | musts |");
        text.AppendLine("|---|---|--:|");
        foreach (var ((rule, endpoint), count) in result.MustsChecked.OrderBy(m => m.Key.Rule, StringComparer.Ordinal).ThenBy(m => m.Key.Endpoint, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{rule}` | {endpoint} | {count} |");
        }

        return text.ToString();
    }

    private static JsonObject Json(ExploreResult result, string target, IReadOnlyList<string> exchangeFiles) => new()
    {
        ["target"] = target,
        ["seed"] = result.Seed,
        ["verdict"] = result.NotRunReason is not null || !result.Ran ? "not-explored" : result.Contradicted ? "not-conformant" : "no-contradiction",
        ["notRunReason"] = result.NotRunReason,
        ["programs"] = result.Programs,
        ["setUpFailures"] = result.SetUpFailures,
        ["stopped"] = result.Stopped,
        ["calls"] = result.Calls,
        ["musts"] = result.Musts,
        ["eithers"] = result.Eithers,
        ["contradictingPrograms"] = result.ContradictingPrograms,
        ["elapsedSeconds"] = Math.Round(result.Elapsed.TotalSeconds, 1),
        ["contradictions"] = new JsonArray([.. result.Contradictions.Select((c, i) => (JsonNode)new JsonObject
        {
            ["rule"] = c.RuleId,
            ["endpoint"] = c.Endpoint,
            ["expected"] = c.Contradiction.Expected,
            ["observed"] = c.Contradiction.Observed,
            ["reason"] = c.Contradiction.Reason,
            ["program"] = c.ProgramNumber,
            ["programSeed"] = c.ProgramSeed,
            ["originalSteps"] = c.OriginalSteps,
            ["steps"] = c.Steps,
            ["calls"] = c.Calls,
            ["reproduced"] = c.Reproduced,
            ["replays"] = c.Replays,
            ["gherkin"] = c.Gherkin,
            ["exchanges"] = exchangeFiles[i],
        })]),
        ["mustsChecked"] = new JsonArray([.. result.MustsChecked.OrderBy(m => m.Key.Rule, StringComparer.Ordinal).ThenBy(m => m.Key.Endpoint, StringComparer.Ordinal)
            .Select(m => (JsonNode)new JsonObject { ["rule"] = m.Key.Rule, ["endpoint"] = m.Key.Endpoint, ["musts"] = m.Value })]),
    };
}
