using MfaConformance.Client;
using MfaConformance.Client.Redaction;
using MfaConformance.LoadEngine.Config;
using MfaConformance.LoadEngine.Stats;
using MfaConformance.LoadEngine.Thresholds;

namespace MfaConformance.LoadEngine.Reporting;

/// <summary>The table rows every format shows: each scenario's total, then its steps.</summary>
internal static class ReportRows
{
    public static IEnumerable<(ScenarioStats Scenario, string Level, StepStats Stats)> Of(RunStats stats)
    {
        foreach (var scenario in stats.Scenarios)
        {
            yield return (scenario, "scenario", scenario.Total);
            foreach (var step in scenario.Steps)
            {
                yield return (scenario, "step", step);
            }
        }
    }

    /// <summary>Said under the thresholds of a report with an abort limit.</summary>
    public const string AbortLimitExplanation =
        "An abort limit is a threshold that is also checked while the run goes on, every reporting interval once its start delay was measured: "
        + "the first check it fails stops every scenario (the reports are still written, and the run fails). At the end it is judged like any threshold.";

    /// <param name="empty">What no counts read as ("-" in the tables; an empty cell in the CSV).</param>
    public static string Counts(IReadOnlyDictionary<string, long> counts, string empty = "-") =>
        counts.Count == 0 ? empty : string.Join(", ", counts.Select(p => $"{SecretRedactor.Default.RedactText(p.Key)}: {p.Value}"));

    /// <summary>The note of a threshold's row: why it failed, and for an abort limit when it is checked, what it did and why it is there.</summary>
    public static string ThresholdNote(ThresholdResult t, TimeSpan interval)
    {
        var parts = new List<string>();
        if (t.Detail is { } detail)
        {
            parts.Add(detail);
        }

        if (t.AbortLimit)
        {
            var after = TimeSpan.FromSeconds(t.AbortCheckAfterSeconds ?? 0);
            parts.Add(t.AbortedRun
                ? "abort limit: failed while the run went on and stopped it"
                : $"abort limit: checked every {DurationParser.Format(interval)}{(after > TimeSpan.Zero ? $" once {DurationParser.Format(after)} were measured" : string.Empty)}; failing it stops the run");
        }
        else if (t.AbortedRun)
        {
            parts.Add("aborted the run");
        }

        if (t.Description is { } why)
        {
            parts.Add(why);
        }

        return string.Join("; ", parts);
    }
}
