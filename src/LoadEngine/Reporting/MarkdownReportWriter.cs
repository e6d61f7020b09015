using System.Globalization;
using System.Text;
using MfaConformance.Client;
using MfaConformance.Client.Redaction;
using MfaConformance.LoadEngine.Config;
namespace MfaConformance.LoadEngine.Reporting;

/// <summary>The report as Markdown tables (the same tables as the HTML page, without charts).</summary>
internal static class MarkdownReportWriter
{
    public static string Render(LoadReport report)
    {
        var s = report.Stats;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Load report {Esc(s.RunId)}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"**Verdict: {report.Verdict}** · started {s.StartedUtc:u} · duration {s.Duration.TotalSeconds:0.0} s");
        sb.Append(CultureInfo.InvariantCulture, $" · interval {DurationParser.Format(report.Settings.ReportingInterval)} · late-start bound {DurationParser.Format(report.Settings.LateStartBound)}\n\n");
        sb.Append("Latency is measured from each iteration's intended start (coordinated-omission correct); service time from its actual start. Times in ms.\n\n");
        foreach (var error in report.Errors)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- ERROR: {Esc(error)}\n");
        }

        if (report.Notes.Count > 0)
        {
            sb.Append("\n## Notes\n\n");
            foreach (var note in report.Notes)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- {Esc(note)}\n");
            }

            sb.Append('\n');
        }

        sb.Append("## Thresholds\n\n");
        if (report.Thresholds.Count == 0)
        {
            sb.Append("None.\n\n");
        }
        else
        {
            sb.Append("| threshold | kind | result | measured | note |\n|---|---|---|---|---|\n");
            foreach (var t in report.Thresholds)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| `{Code(t.Expression)}` | {(t.AbortLimit ? "abort limit" : "threshold")} | {(t.Passed ? "pass" : "**FAIL**")} | {Esc(t.ActualText)} | {Esc(ReportRows.ThresholdNote(t, report.Settings.ReportingInterval))} |\n");
            }

            sb.Append('\n');
            if (report.Thresholds.Any(t => t.AbortLimit))
            {
                sb.Append(ReportRows.AbortLimitExplanation).Append("\n\n");
            }
        }

        sb.Append("## Load\n\n");
        foreach (var scenario in s.Scenarios)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- **{Esc(scenario.Name)}**: {Esc(string.Join(", then ", scenario.Simulations))}; measured {scenario.Duration.TotalSeconds:0.0} s{(scenario.StopReason is null ? string.Empty : "; stopped: " + Esc(scenario.StopReason))}\n");
        }

        sb.Append('\n');
        AgentSection.Markdown(sb, report, Esc);
        sb.Append("## Scenarios and steps\n\n");
        sb.Append("| scenario | step | ok | fail | fail % | rps | min | mean | p50 | p75 | p95 | p99 | p99.9 | max | service p50 | service p99 | sent B | received B |\n");
        sb.Append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        foreach (var (scenario, level, st) in ReportRows.Of(s))
        {
            var l = st.Ok.Latency;
            sb.Append(CultureInfo.InvariantCulture,
                $"| {Esc(scenario.Name)} | {(level == "step" ? Esc(st.Name) : "*(iteration)*")} | {st.Ok.Count} | {st.Fail.Count} | {st.FailRate * 100:0.##} | {st.Rps:0.##} | {l.MinMs} | {l.MeanMs} | {l.P50Ms} | {l.P75Ms} | {l.P95Ms} | {l.P99Ms} | {l.P999Ms} | {l.MaxMs} | {st.Ok.ServiceTime.P50Ms} | {st.Ok.ServiceTime.P99Ms} | {st.Ok.BytesSent + st.Fail.BytesSent} | {st.Ok.BytesReceived + st.Fail.BytesReceived} |\n");
        }

        sb.Append("\n## Starts and errors\n\n| scenario | step | late starts | dropped starts | max start lag ms | errors by status | errors by code | stop reason |\n|---|---|--:|--:|--:|---|---|---|\n");
        foreach (var (scenario, level, st) in ReportRows.Of(s))
        {
            var starts = level == "scenario" ? $"{scenario.LateStarts} | {scenario.DroppedStarts} | {scenario.MaxStartLagMs}" : " | | ";
            sb.Append(CultureInfo.InvariantCulture,
                $"| {Esc(scenario.Name)} | {(level == "step" ? Esc(st.Name) : "*(iteration)*")} | {starts} | {Esc(ReportRows.Counts(st.ErrorStatusCodes))} | {Esc(ReportRows.Counts(st.ErrorCodes))} | {Esc(level == "scenario" ? scenario.StopReason ?? "-" : string.Empty)} |\n");
        }

        sb.Append("\n## Error messages\n\n");
        var any = false;
        foreach (var (scenario, level, st) in ReportRows.Of(s))
        {
            foreach (var (message, count) in st.ErrorMessages)
            {
                if (!any)
                {
                    sb.Append("| scenario | step | count | message |\n|---|---|--:|---|\n");
                    any = true;
                }

                sb.Append(CultureInfo.InvariantCulture, $"| {Esc(scenario.Name)} | {(level == "step" ? Esc(st.Name) : "*(iteration)*")} | {count} | {Esc(message)} |\n");
            }
        }

        if (!any)
        {
            sb.Append("None.\n");
        }

        FailedCalls(sb, s);
        return sb.ToString();
    }

    /// <summary>The first failed calls of each step by trace id: the id the target received in its traceparent header.</summary>
    private static void FailedCalls(StringBuilder sb, Stats.RunStats s)
    {
        var rows = ReportRows.Of(s).SelectMany(r => r.Stats.FailedCalls.Select(c => (r.Scenario, r.Level, r.Stats, Call: c))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        sb.Append("\n## Failed calls by trace id\n\nThe first failed calls of each step (at most 10): the trace id is the one their `traceparent` header carried, so the target's own logs find the call.\n\n");
        sb.Append("| scenario | step | trace id | status | code | message |\n|---|---|---|---|---|---|\n");
        foreach (var (scenario, level, st, call) in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {Esc(scenario.Name)} | {(level == "step" ? Esc(st.Name) : "*(iteration)*")} | `{call.TraceId}` | {Esc(call.StatusCode ?? "-")} | {Esc(call.ErrorCode ?? "-")} | {Esc(call.Message ?? string.Empty)} |\n");
        }
    }

    private static string Code(string text) =>
        SecretRedactor.Default.RedactText(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);

    private static string Esc(string text) =>
        SecretRedactor.Default.RedactText(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
