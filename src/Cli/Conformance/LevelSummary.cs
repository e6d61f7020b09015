using System.Globalization;
using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Suite;
namespace MfaConformance.Cli.Conformance;

/// <summary>Scenario counts by level (documented / inferred / hardening) and outcome, and the verdict on @documented.</summary>
internal sealed class LevelSummary
{
    private LevelSummary(IReadOnlyList<ScenarioResult> scenarios) => Scenarios = scenarios;

    public IReadOnlyList<ScenarioResult> Scenarios { get; }

    /// <summary>@documented scenarios that did not pass or skip (failed, undefined, pending, ambiguous).</summary>
    public IReadOnlyList<ScenarioResult> DocumentedFailures => Of(AssertionLevel.Documented).Where(IsFailure).ToArray();

    public IReadOnlyList<ScenarioResult> DocumentedSkipped => Of(AssertionLevel.Documented).Where(s => s.Outcome == TestOutcome.Skipped).ToArray();

    /// <summary>Scenarios that ran (passed or failed; not the ones reported not run).</summary>
    public int Ran => Scenarios.Count(s => s.Outcome != TestOutcome.Skipped);

    /// <summary>@documented scenarios that ran: a run with none checked nothing the documentation requires.</summary>
    public int DocumentedRan => Of(AssertionLevel.Documented).Count(s => s.Outcome != TestOutcome.Skipped);

    /// <summary>Why no @documented scenario ran: none was selected, or none could run on this target.</summary>
    public static string NoneRanReason(LevelSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Of(AssertionLevel.Documented).Any()
            ? "no @documented scenario could run on this target: see 'Not run' above"
            : "no @documented scenario was selected: nothing the documentation requires was checked";
    }

    public static LevelSummary From(TestRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new LevelSummary([.. run.Scenarios]);
    }

    public static bool IsFailure(ScenarioResult scenario) => scenario.Outcome is not (TestOutcome.Passed or TestOutcome.Skipped);

    public IEnumerable<ScenarioResult> Of(string level) => Scenarios.Where(s => AssertionLevel.Of(s.Tags) == level);

    public int Count(string level, Func<ScenarioResult, bool> predicate) => Of(level).Count(predicate);

    /// <summary>
    /// The table printed by `verify`, then every failing scenario under its level (@documented: non-conformance,
    /// @inferred: warning, @hardening: advisory), each with what went wrong, then the @documented scenarios not run.
    /// </summary>
    public void Write(TextWriter output, int maxNotRunListed = 20)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{"level",-12} {"passed",7} {"failed",7} {"skipped",8}  meaning of a failure");
        foreach (var (level, meaning) in Levels)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{level,-12} {Count(level, s => s.Outcome == TestOutcome.Passed),7} {Count(level, IsFailure),7} {Count(level, s => s.Outcome == TestOutcome.Skipped),8}  {meaning}"));
        }

        foreach (var (level, meaning) in Levels)
        {
            List($"FAILED @{level} ({meaning})", [.. Of(level).Where(IsFailure)], output, int.MaxValue, s => s.ErrorMessage ?? s.Outcome.ToString());
        }

        List("Not run @documented", DocumentedSkipped, output, maxNotRunListed, s => s.SkipReason);
    }

    private static readonly (string Level, string Meaning)[] Levels =
    [
        (AssertionLevel.Documented, "non-conformance"),
        (AssertionLevel.Inferred, "warning"),
        (AssertionLevel.Hardening, "advisory"),
    ];

    private static void List(string title, IReadOnlyList<ScenarioResult> scenarios, TextWriter output, int max, Func<ScenarioResult, string?> detail)
    {
        if (scenarios.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{title}: {scenarios.Count.ToString(CultureInfo.InvariantCulture)}");
        foreach (var scenario in scenarios.Take(max))
        {
            var text = detail(scenario) is { Length: > 0 } d ? " — " + FirstLine(d) : string.Empty;
            output.WriteLine($"  - {scenario.DisplayName}{text}");
        }

        if (scenarios.Count > max)
        {
            output.WriteLine($"  … and {scenarios.Count - max} more (see the reports)");
        }
    }

    /// <summary>The first line of a message (a check's message: what was expected, what came back), at most 300 characters.</summary>
    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
