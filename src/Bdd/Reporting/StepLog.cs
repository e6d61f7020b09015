using System.Globalization;
using System.Text;

using MfaConformance.Bdd.Results;
namespace MfaConformance.Bdd.Reporting;

/// <summary>A plain-text log of a scenario: each step with its outcome and duration, then what it wrote (redacted HTTP exchanges).</summary>
public static class StepLog
{
    public static string Format(ScenarioResult scenario) => Format(scenario, brief: false);

    /// <summary>
    /// <paramref name="brief"/>: the steps alone, without what they wrote and without the hooks that passed (a passing
    /// scenario in JUnit: its HTTP calls are in the Cucumber messages and the HTML report).
    /// </summary>
    public static string Format(ScenarioResult scenario, bool brief)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var text = new StringBuilder();
        foreach (var step in scenario.Steps.Where(s => !brief || !s.IsHook || s.Outcome != TestOutcome.Passed))
        {
            text.Append(CultureInfo.InvariantCulture, $"{step.Keyword}{step.Text} -> {step.Outcome.ToString().ToLowerInvariant()} ({step.Duration.TotalMilliseconds:0} ms)").AppendLine();
            if (step.ErrorMessage is { Length: > 0 } error && step.Outcome != TestOutcome.Passed)
            {
                text.Append("    ").AppendLine(error.Replace("\n", "\n    ", StringComparison.Ordinal));
            }

            foreach (var output in brief ? [] : step.Output)
            {
                text.Append("    ").AppendLine(output.Replace("\n", "\n    ", StringComparison.Ordinal));
            }
        }

        return text.ToString();
    }
}
