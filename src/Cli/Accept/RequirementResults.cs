using MfaConformance.Bdd;
using MfaConformance.Client;

namespace MfaConformance.Cli.Accept;

/// <summary>Turns a suite run into per-scenario verdicts with level and citation.</summary>
internal static class RequirementResults
{
    public const string Documented = "documented";
    public const string Inferred = "inferred";
    public const string Hardening = "hardening";

    public static IReadOnlyList<RequirementResult> From(TestRunResult run, CitationIndex citations) =>
    [
        .. run.Scenarios.Select(s => new RequirementResult(
            LevelOf(s.Tags),
            s.FeatureTitle,
            s.DisplayName.StartsWith(s.FeatureTitle + ": ", StringComparison.Ordinal) ? s.DisplayName[(s.FeatureTitle.Length + 2)..] : s.DisplayName,
            citations.For(s.PickleId),
            OutcomeOf(s.Outcome),
            MessageOf(s))),
    ];

    public static string LevelOf(IEnumerable<string> tags)
    {
        var set = tags.Select(t => t.TrimStart('@')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return set.Contains(Documented) ? Documented : set.Contains(Inferred) ? Inferred : set.Contains(Hardening) ? Hardening : "untagged";
    }

    private static string OutcomeOf(TestOutcome outcome) => outcome switch
    {
        TestOutcome.Passed => "passed",
        TestOutcome.Skipped => "not run",
        _ => "failed",
    };

    /// <summary>
    /// The human part of an assertion message: Shouldly's "Additional Info" (what was expected and which call
    /// answered what) without the "x should be True but was False" preamble.
    /// </summary>
    public static string? Readable(string? error)
    {
        const string Marker = "Additional Info:";
        var at = error?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
        return at < 0 ? error : error![(at + Marker.Length)..].Trim();
    }

    private static string? MessageOf(ScenarioResult s)
    {
        var text = s.Outcome switch
        {
            TestOutcome.Passed => null,
            TestOutcome.Skipped => s.SkipReason ?? "skipped",
            _ => s.FirstFailingStep is { } step
                ? $"{step.Keyword.Trim()} {step.Text}: {Readable(step.ErrorMessage ?? s.ErrorMessage)}"
                : Readable(s.ErrorMessage) ?? s.Outcome.ToString(),
        };
        return text is null ? null : SecretRedactor.Default.RedactText(text);
    }
}
