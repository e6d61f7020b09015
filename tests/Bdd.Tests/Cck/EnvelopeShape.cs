using System.Text.Json.Nodes;

namespace MfaConformance.Bdd.Tests.Cck;

/// <summary>
/// A Cucumber messages stream reduced to what the Compatibility Kit fixes for an implementation: the kind and order of
/// the envelopes and their statuses, without ids, timestamps, durations, file uris and implementation details
/// (meta, the binding envelopes and testRunStarted, whose place differs by implementation, are checked apart).
/// </summary>
internal sealed class EnvelopeShape
{
    /// <summary>
    /// Envelopes compared apart: meta, the binding envelopes, testRunStarted and testCase (their place differs by
    /// implementation), and the test-run hooks (the samples have none; this test assembly's own [BeforeTestRun] and
    /// [AfterTestRun] hooks run in every run).
    /// </summary>
    private static readonly HashSet<string> Apart =
        ["meta", "stepDefinition", "hook", "parameterType", "testRunStarted", "testCase", "undefinedParameterType", "testRunHookStarted", "testRunHookFinished"];

    private EnvelopeShape(IReadOnlyList<string> sequence, IReadOnlyList<JsonObject> envelopes, IReadOnlyList<(string TestCase, bool Failed)> heldBack)
    {
        Sequence = sequence;
        Envelopes = envelopes;
        HeldBackFinishes = heldBack;
    }

    /// <summary>
    /// The test cases whose testCaseFinished did not follow their last step (Reqnroll holds back the testCaseFinished of
    /// a failed scenario until the end of the run, in case the test framework retries it); <see cref="Sequence"/> has it
    /// moved back to its place.
    /// </summary>
    public IReadOnlyList<(string TestCase, bool Failed)> HeldBackFinishes { get; }

    /// <summary>One line per envelope: its kind and what identifies it without ids ("testStepFinished 'a step fails' FAILED").</summary>
    public IReadOnlyList<string> Sequence { get; }

    public IReadOnlyList<JsonObject> Envelopes { get; }

    public IEnumerable<string> KindsApart => Envelopes.Select(Kind).Where(Apart.Contains);

    public static EnvelopeShape Read(string ndjson)
    {
        var envelopes = File.ReadLines(ndjson).Where(l => l.Trim().Length > 0).Select(l => (JsonObject)JsonNode.Parse(l)!).ToList();
        var pickles = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var pickleSteps = new Dictionary<string, string>(StringComparer.Ordinal);
        var testCases = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var started = new Dictionary<string, string>(StringComparer.Ordinal);
        var steps = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var entries = new List<(string Line, string? Started, bool Finish)>();
        foreach (var envelope in envelopes)
        {
            var kind = Kind(envelope);
            var body = envelope[kind]!.AsObject();
            switch (kind)
            {
                case "pickle":
                    pickles[Text(body, "id")] = body;
                    foreach (var step in body["steps"]!.AsArray())
                    {
                        pickleSteps[Text(step!, "id")] = Text(step!, "text");
                    }

                    break;
                case "testCase":
                    testCases[Text(body, "id")] = body;
                    foreach (var step in body["testSteps"]!.AsArray())
                    {
                        steps[Text(step!, "id")] = step!.AsObject();
                    }

                    break;
                case "testCaseStarted":
                    started[Text(body, "id")] = Text(testCases[Text(body, "testCaseId")], "pickleId");
                    break;
            }

            if (!Apart.Contains(kind))
            {
                var startedId = kind == "testCaseStarted" ? Text(body, "id") : body["testCaseStartedId"]?.GetValue<string>();
                entries.Add((Describe(kind, body, pickles, pickleSteps, started, steps), startedId, kind == "testCaseFinished"));
            }
        }

        return Canonical(entries, envelopes);
    }

    private static EnvelopeShape Canonical(List<(string Line, string? Started, bool Finish)> entries, List<JsonObject> envelopes)
    {
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is { Started: { } s, Finish: false })
            {
                last[s] = i;
            }
        }

        var finishes = entries.Select((e, i) => (e, i)).Where(x => x.e.Finish).ToDictionary(x => x.e.Started!, x => x, StringComparer.Ordinal);
        var heldBack = finishes.Where(f => last.TryGetValue(f.Key, out var l) && f.Value.i != l + 1).Select(f => f.Key).ToList();
        var sequence = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Finish)
            {
                continue;
            }

            sequence.Add(entries[i].Line);
            if (entries[i].Started is { } s && last[s] == i && finishes.TryGetValue(s, out var finish))
            {
                sequence.Add(finish.e.Line);
            }
        }

        return new EnvelopeShape(sequence, envelopes, [.. heldBack.Select(s => (entries.First(e => e.Started == s).Line, entries.Any(e => e.Started == s && e.Line.EndsWith(" FAILED", StringComparison.Ordinal))))]);
    }

    private static string Describe(
        string kind, JsonObject body, Dictionary<string, JsonObject> pickles, Dictionary<string, string> pickleSteps,
        Dictionary<string, string> started, Dictionary<string, JsonObject> steps)
    {
        string Step(JsonNode message)
        {
            var step = steps[Text(message, "testStepId")];
            if (step["hookId"] is not null)
            {
                return "hook";
            }

            var definitions = step["stepDefinitionIds"]?.AsArray().Count ?? 0;
            return $"'{pickleSteps[Text(step, "pickleStepId")]}' ({definitions} definition{(definitions == 1 ? string.Empty : "s")})";
        }

        string Pickle(string startedId) => $"'{Text(pickles[started[startedId]], "name")}'";

        return kind switch
        {
            "pickle" => $"pickle '{Text(body, "name")}': {string.Join(" | ", body["steps"]!.AsArray().Select(s => Text(s!, "text")))}",
            "testCaseStarted" => $"testCaseStarted {Pickle(Text(body, "id"))} attempt {body["attempt"]}",
            "testCaseFinished" => $"testCaseFinished {Pickle(Text(body, "testCaseStartedId"))} willBeRetried {body["willBeRetried"]}",
            "testStepStarted" => $"testStepStarted {Step(body)}",
            "testStepFinished" => $"testStepFinished {Step(body)} {Text(body["testStepResult"]!, "status")}",
            "attachment" => $"attachment {body["mediaType"]}",
            "testRunFinished" => $"testRunFinished success {body["success"]}",
            "suggestion" => $"suggestion for '{pickleSteps[Text(body, "pickleStepId")]}'",
            _ => kind,
        };
    }

    private static string Kind(JsonObject envelope) => envelope.Select(p => p.Key).Single();

    private static string Text(JsonNode node, string property) => node[property]?.GetValue<string>() ?? string.Empty;
}
