using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.StepDefinitions.Rules;
namespace MfaConformance.Cli.Accept;

/// <summary>Joins the rule matrix of the features with a run: every cell's verdict, from the @documented scenarios that enforce it.</summary>
internal static class RuleVerdicts
{
    public static IReadOnlyList<RuleVerdict> From(RuleMatrix matrix, TestRunResult run)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(run);
        var outcomes = run.Scenarios.GroupBy(s => s.DisplayName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Outcome, StringComparer.Ordinal);
        return [.. matrix.Cells.Select(cell => Judge(cell, outcomes))];
    }

    private static RuleVerdict Judge(RuleCell cell, Dictionary<string, TestOutcome> outcomes)
    {
        if (cell.NotApplicable is { } reason)
        {
            return new RuleVerdict(cell.Rule.Id, cell.Rule.Title, cell.Endpoint.Id, RuleVerdict.NotApplicableVerdict, reason, [], []);
        }

        var ran = cell.Documented.Where(outcomes.ContainsKey).ToArray();
        var failing = ran.Where(n => IsFailure(outcomes[n])).ToArray();
        var passed = ran.Any(n => outcomes[n] == TestOutcome.Passed);
        var warnings = cell.Companions.Where(n => outcomes.TryGetValue(n, out var o) && IsFailure(o)).ToArray();
        var verdict = failing.Length > 0 ? RuleVerdict.Failed : passed ? RuleVerdict.Passed : RuleVerdict.NotRun;
        return new RuleVerdict(cell.Rule.Id, cell.Rule.Title, cell.Endpoint.Id, verdict, null, failing, warnings);
    }

    private static bool IsFailure(TestOutcome outcome) => outcome is not (TestOutcome.Passed or TestOutcome.Skipped);
}
