using System.Globalization;
using MfaConformance.Bdd;
using MfaConformance.StepDefinitions;

namespace MfaConformance.Cli.Conformance;

/// <summary>Scenario counts by level (documented / inferred / hardening) and outcome, and the verdict on @documented.</summary>
internal sealed class LevelSummary
{
    private LevelSummary(IReadOnlyList<ScenarioResult> scenarios) => Scenarios = scenarios;

    public IReadOnlyList<ScenarioResult> Scenarios { get; }

    /// <summary>@documented scenarios that did not pass or skip (failed, undefined, pending, ambiguous).</summary>
    public IReadOnlyList<ScenarioResult> DocumentedFailures => Of(AssertionLevel.Documented).Where(IsFailure).ToArray();

    public IReadOnlyList<ScenarioResult> DocumentedSkipped => Of(AssertionLevel.Documented).Where(s => s.Outcome == TestOutcome.Skipped).ToArray();

    public static LevelSummary From(TestRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new LevelSummary([.. run.Scenarios]);
    }

    public static bool IsFailure(ScenarioResult scenario) => scenario.Outcome is not (TestOutcome.Passed or TestOutcome.Skipped);

    public IEnumerable<ScenarioResult> Of(string level) => Scenarios.Where(s => AssertionLevel.Of(s.Tags) == level);

    public int Count(string level, Func<ScenarioResult, bool> predicate) => Of(level).Count(predicate);

    /// <summary>The table printed by `verify`, plus the failing and skipped @documented scenarios.</summary>
    public void Write(TextWriter output, int maxListed = 20)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{"level",-12} {"passed",7} {"failed",7} {"skipped",8}  meaning of a failure");
        foreach (var (level, meaning) in new[] { (AssertionLevel.Documented, "non-conformance"), (AssertionLevel.Inferred, "warning"), (AssertionLevel.Hardening, "advisory") })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{level,-12} {Count(level, s => s.Outcome == TestOutcome.Passed),7} {Count(level, IsFailure),7} {Count(level, s => s.Outcome == TestOutcome.Skipped),8}  {meaning}"));
        }

        List("FAILED @documented", DocumentedFailures, output, maxListed, s => s.ErrorMessage);
        List("Not run @documented", DocumentedSkipped, output, maxListed, s => s.SkipReason);
    }

    private static void List(string title, IReadOnlyList<ScenarioResult> scenarios, TextWriter output, int max, Func<ScenarioResult, string?> detail)
    {
        if (scenarios.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{title} ({scenarios.Count}):");
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

    /// <summary>The step and, for a Shouldly failure, its custom message (which names the call, status, code and body).</summary>
    private static string FirstLine(string text)
    {
        const string Info = "Additional Info:";
        var info = text.IndexOf(Info, StringComparison.Ordinal);
        var head = text.Split('\n', 2)[0].Trim();
        var line = info < 0 ? head : $"{head.Split(" failed:", 2)[0]} failed: {text[(info + Info.Length)..].Trim().Split('\n', 2)[0].Trim()}";
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
