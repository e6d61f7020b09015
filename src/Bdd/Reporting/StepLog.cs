using System.Globalization;
using System.Text;

using MfaConformance.Bdd.Results;
namespace MfaConformance.Bdd.Reporting;

/// <summary>A plain-text log of a scenario: each step with its outcome and duration, then what it wrote (redacted HTTP exchanges).</summary>
public static class StepLog
{
    public static string Format(ScenarioResult scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var text = new StringBuilder();
        foreach (var step in scenario.Steps)
        {
            text.Append(CultureInfo.InvariantCulture, $"{step.Keyword}{step.Text} -> {step.Outcome.ToString().ToLowerInvariant()} ({step.Duration.TotalMilliseconds:0} ms)").AppendLine();
            if (step.ErrorMessage is { Length: > 0 } error && step.Outcome != TestOutcome.Passed)
            {
                text.Append("    ").AppendLine(error.Replace("\n", "\n    ", StringComparison.Ordinal));
            }

            foreach (var output in step.Output)
            {
                text.Append("    ").AppendLine(output.Replace("\n", "\n    ", StringComparison.Ordinal));
            }
        }

        return text.ToString();
    }
}
