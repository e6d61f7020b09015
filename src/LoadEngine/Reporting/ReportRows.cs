using MfaConformance.Client;
using MfaConformance.Client.Redaction;
using MfaConformance.LoadEngine.Stats;
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

    public static string Counts(IReadOnlyDictionary<string, long> counts) =>
        counts.Count == 0 ? "-" : string.Join(", ", counts.Select(p => $"{SecretRedactor.Default.RedactText(p.Key)}: {p.Value}"));
}
