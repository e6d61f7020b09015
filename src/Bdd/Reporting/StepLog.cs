using System.Globalization;
using System.Text;

namespace MfaConformance.Bdd;

/// <summary>The plain-text log of a scenario: each step with outcome and duration, its output lines and attachments.</summary>
public static class StepLog
{
    public static string Format(ScenarioResult scenario)
    {
        var sb = new StringBuilder();
        foreach (var step in scenario.Steps)
        {
            sb.Append(step.Keyword).Append(step.Text).Append(" -> ").Append(step.Outcome.ToString().ToLowerInvariant())
                .Append(" (").Append(step.Duration.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)).AppendLine(" ms)");
            foreach (var line in step.Output)
            {
                sb.Append("  ").AppendLine(line);
            }

            if (step.Outcome is not (TestOutcome.Passed or TestOutcome.Skipped) && step.ErrorMessage is not null)
            {
                sb.Append("  ").AppendLine(step.ErrorMessage.Replace("\n", "\n  "));
            }

            foreach (var attachment in step.Attachments)
            {
                sb.Append("  --- ").Append(attachment.Name).Append(" (").Append(attachment.MediaType).AppendLine(")");
                sb.Append("  ").AppendLine(attachment.Content.Replace("\n", "\n  "));
            }
        }

        return sb.ToString();
    }
}
