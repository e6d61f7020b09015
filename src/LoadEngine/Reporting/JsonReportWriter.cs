using System.Text.Json;
using MfaConformance.LoadEngine.Config;

namespace MfaConformance.LoadEngine.Reporting;

/// <summary>The full statistics, thresholds and over-time series as JSON.</summary>
internal static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
    };

    public static string Render(LoadReport report) => JsonSerializer.Serialize(
        new
        {
            runId = report.Stats.RunId,
            verdict = report.Verdict,
            startedUtc = report.Stats.StartedUtc,
            durationSeconds = Math.Round(report.Stats.Duration.TotalSeconds, 3),
            cancelled = report.Stats.Cancelled,
            settings = new
            {
                reportingInterval = DurationParser.Format(report.Settings.ReportingInterval),
                lateStartBound = DurationParser.Format(report.Settings.LateStartBound),
                maxConcurrency = report.Settings.MaxConcurrency,
                latency = "milliseconds; latency from the intended start (coordinated-omission correct), serviceTime from the actual start",
            },
            thresholds = report.Thresholds,
            errors = report.Errors,
            notes = report.Notes,
            agents = report.Agents.Count == 0 ? null : report.Agents,
            scenarios = report.Stats.Scenarios,
        },
        Options);
}
