using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Client;
using MfaConformance.Client.Redaction;
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
            MessageOf(s))
        {
            Evidence = s.Outcome is TestOutcome.Passed or TestOutcome.Skipped ? null : Conformance.FailuresSection.Link(s),
            TraceId = s.Outcome is TestOutcome.Passed or TestOutcome.Skipped ? null : s.TraceId,
        }),
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

    private static string? MessageOf(ScenarioResult s)
    {
        var text = s.Outcome switch
        {
            TestOutcome.Passed => null,
            TestOutcome.Skipped => s.SkipReason ?? "skipped",
            _ => s.FirstFailingStep is { } step
                ? $"{step.ErrorMessage ?? s.ErrorMessage ?? s.Outcome.ToString()} (at {step.Keyword.Trim()} {step.Text})"
                : s.ErrorMessage ?? s.Outcome.ToString(),
        };
        return text is null ? null : SecretRedactor.Default.RedactText(text);
    }
}
