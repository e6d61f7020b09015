using System.Globalization;
using System.Text;
using MfaConformance.Explorer.Execution;

namespace MfaConformance.Explorer.Printing;

/// <summary>
/// The HTTP exchanges of a run, redacted (passwords, OTPs, tokens and keys masked), each with what the model predicted
/// and a curl command that replays it (secrets as shell variables), the contradicting one marked.
/// </summary>
public static class ExchangePrinter
{
    public static string Print(ProgramRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        var failing = run.FailingStep;
        foreach (var outcome in run.Steps.Where(s => s.Ran && s.Calls.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## step {outcome.Index + 1}: {outcome.Step.Text}");
            for (var i = 0; i < outcome.Calls.Count; i++)
            {
                var call = outcome.Calls[i];
                var contradicting = outcome == failing && i == outcome.Calls.Count - 1;
                text.AppendLine(CultureInfo.InvariantCulture, $"{(contradicting ? ">>> CONTRADICTION: " : string.Empty)}predicted: {call.Prediction}");
                text.AppendLine(CultureInfo.InvariantCulture, $"answer: the target {call.Answer.Describe()}");
                text.AppendLine(call.Exchange.Exchange.Format());
                text.AppendLine(CultureInfo.InvariantCulture, $"replay: {call.Exchange.Exchange.ToCurl()}");
                text.AppendLine();
            }
        }

        if (run.Contradiction is { } contradiction)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $">>> {contradiction}");
        }

        return text.ToString();
    }
}
