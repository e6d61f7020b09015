using MfaConformance.Bdd;

using MfaConformance.Bdd.Results;
namespace MfaConformance.Cli.Accept;

/// <summary>
/// Spec citations of the scenarios: the <c># spec: ...</c> comment right above a scenario's tags in its
/// .feature file (features/README.md "Citations"). Keyed by pickle id ("file:line" of the scenario).
/// </summary>
internal sealed class CitationIndex
{
    private const string Marker = "# spec:";
    private readonly Dictionary<string, string> _byPickleId = new(StringComparer.Ordinal);

    /// <summary>The citations of the run's scenarios, read from each feature's text as the run parsed it (else from the file under one of <paramref name="roots"/>).</summary>
    public static CitationIndex Build(TestRunResult run, IEnumerable<string>? roots = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var index = new CitationIndex();
        var rootList = roots?.ToList() ?? [];
        foreach (var feature in run.Features)
        {
            var file = rootList.Select(r => Path.Combine(r, feature.Feature.FilePath)).FirstOrDefault(File.Exists);
            if (feature.Feature.Source.Length == 0 && file is null)
            {
                continue;
            }

            var lines = feature.Feature.Source.Length > 0 ? feature.Feature.Source.ReplaceLineEndings("\n").Split('\n') : File.ReadAllLines(file!);
            foreach (var scenario in feature.Scenarios)
            {
                if (LineOf(scenario.PickleId) is { } line && Find(lines, line) is { } citation)
                {
                    index._byPickleId[scenario.PickleId] = citation;
                }
            }
        }

        return index;
    }

    public string For(string pickleId) => _byPickleId.TryGetValue(pickleId, out var c) ? c : "(no citation)";

    private static int? LineOf(string pickleId)
    {
        var colon = pickleId.LastIndexOf(':');
        return colon > 0 && int.TryParse(pickleId[(colon + 1)..], out var line) ? line : null;
    }

    /// <summary>
    /// From the pickle's line (a scenario, or an outline's example row) up to its Examples block and its
    /// scenario: the first <c># spec:</c> comment right above either one's tags wins (an Examples block may cite more precisely).
    /// </summary>
    private static string? Find(string[] lines, int pickleLine)
    {
        for (var i = Math.Min(pickleLine, lines.Length) - 1; i >= 0; i--)
        {
            var text = lines[i].TrimStart();
            var isExamples = text.StartsWith("Examples:", StringComparison.Ordinal) || text.StartsWith("Scenarios:", StringComparison.Ordinal);
            var isScenario = !isExamples && (text.StartsWith("Scenario", StringComparison.Ordinal) || text.StartsWith("Example:", StringComparison.Ordinal));
            if ((isExamples || isScenario) && CommentAbove(lines, i) is { } citation)
            {
                return citation;
            }

            if (isScenario || text.StartsWith("Feature:", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    private static string? CommentAbove(string[] lines, int keywordLine)
    {
        for (var i = keywordLine - 1; i >= 0; i--)
        {
            var text = lines[i].Trim();
            if (text.StartsWith(Marker, StringComparison.OrdinalIgnoreCase))
            {
                return text[Marker.Length..].Trim();
            }

            if (text.Length > 0 && !text.StartsWith('@') && !text.StartsWith('#'))
            {
                return null;
            }
        }

        return null;
    }
}
