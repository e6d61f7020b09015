using System.Globalization;
using System.Net;
using System.Text;
using MfaConformance.Client;
using MfaConformance.Client.Redaction;
using MfaConformance.LoadEngine.Config;
using MfaConformance.LoadEngine.Stats;
namespace MfaConformance.LoadEngine.Reporting;

/// <summary>A self-contained HTML page: inline CSS and SVG, no script, no external resources; all text encoded.</summary>
internal static class HtmlReportWriter
{
    private const string Css = "body{font-family:system-ui,sans-serif;margin:24px;color:#222}table{border-collapse:collapse;margin:8px 0 20px;font-size:13px;max-width:100%}"
        + "th,td{border:1px solid #ccc;padding:3px 6px;text-align:right}td{white-space:nowrap}th{background:#f3f3f3;font-weight:600}td.l,th.l{text-align:left;white-space:normal;overflow-wrap:break-word}"
        + "th.group{background:#e8eef7}td code{white-space:nowrap}td.trace{font-family:ui-monospace,monospace;text-align:left;white-space:normal;word-break:break-all}.pass{color:#137333;font-weight:bold}.fail{color:#c5221f;font-weight:bold}.verdict{font-size:22px}"
        + ".charts svg{margin:6px;border:1px solid #ddd;max-width:100%;height:auto}.note{color:#555;font-size:13px;max-width:60em}";

    public static string Render(LoadReport report)
    {
        var s = report.Stats;
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>Load report {E(s.RunId)}</title><style>{Css}</style></head><body>");
        sb.Append(CultureInfo.InvariantCulture, $"<h1>Load report {E(s.RunId)}</h1><p class=\"verdict {(report.Passed ? "pass" : "fail")}\">{E(report.Verdict)}</p>");
        sb.Append(CultureInfo.InvariantCulture, $"<p>Started {E(s.StartedUtc.ToString("u", CultureInfo.InvariantCulture))}, duration {s.Duration.TotalSeconds:0.0} s, interval {E(DurationParser.Format(report.Settings.ReportingInterval))}, late-start bound {E(DurationParser.Format(report.Settings.LateStartBound))}, max concurrency {report.Settings.MaxConcurrency}.</p>");
        sb.Append("<p class=\"note\">Latency is measured from each iteration's intended start (coordinated-omission correct); service time from its actual start. Times in ms.</p>");
        foreach (var error in report.Errors)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p class=\"fail\">{E(error)}</p>");
        }

        if (report.Notes.Count > 0)
        {
            sb.Append("<h2>Notes</h2><ul>");
            foreach (var note in report.Notes)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<li>{E(note)}</li>");
            }

            sb.Append("</ul>");
        }

        Thresholds(sb, report);
        sb.Append("<h2>Load</h2><ul>");
        foreach (var scenario in s.Scenarios)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><b>{E(scenario.Name)}</b>: {E(string.Join(", then ", scenario.Simulations))}; measured {scenario.Duration.TotalSeconds:0.0} s{(scenario.StopReason is null ? string.Empty : "; stopped: " + E(scenario.StopReason))}</li>");
        }

        sb.Append("</ul>");
        AgentSection.Html(sb, report, E);
        Table(sb, s);
        ErrorMessages(sb, s);
        FailedCalls(sb, s);
        foreach (var scenario in s.Scenarios)
        {
            Charts(sb, scenario);
        }

        return sb.Append("</body></html>").ToString();
    }

    private static void Thresholds(StringBuilder sb, LoadReport report)
    {
        sb.Append("<h2>Thresholds</h2>");
        if (report.Thresholds.Count == 0)
        {
            sb.Append("<p>None.</p>");
            return;
        }

        sb.Append("<table><tr><th class=\"l\">threshold</th><th class=\"l\">kind</th><th>result</th><th>measured</th><th class=\"l\">note</th></tr>");
        foreach (var t in report.Thresholds)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"l\"><code>{E(t.Expression)}</code></td><td class=\"l\">{(t.AbortLimit ? "abort limit" : "threshold")}</td><td class=\"{(t.Passed ? "pass" : "fail")}\">{(t.Passed ? "pass" : "FAIL")}</td><td>{E(t.ActualText)}</td><td class=\"l\">{E(ReportRows.ThresholdNote(t, report.Settings.ReportingInterval))}</td></tr>");
        }

        sb.Append("</table>");
        if (report.Thresholds.Any(t => t.AbortLimit))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(ReportRows.AbortLimitExplanation)}</p>");
        }
    }

    private static void Table(StringBuilder sb, RunStats s)
    {
        // Two tables (latency; starts and errors), the scenario's name on a row of its own: each fits a 1280 px page.
        sb.Append("<h2>Scenarios and steps</h2><table class=\"steps\"><tr><th class=\"l\">step</th><th>ok</th><th>fail</th><th>fail %</th><th>rps</th>");
        sb.Append("<th>min</th><th>mean</th><th>p50</th><th>p75</th><th>p95</th><th>p99</th><th>p99.9</th><th>max</th><th>service p50</th><th>service p99</th><th>sent</th><th>received</th></tr>");
        foreach (var (scenario, level, st) in ReportRows.Of(s))
        {
            if (level == "scenario")
            {
                sb.Append(CultureInfo.InvariantCulture, $"<tr><th class=\"l group\" colspan=\"17\">{E(scenario.Name)}</th></tr>");
            }

            var l = st.Ok.Latency;
            sb.Append(CultureInfo.InvariantCulture,
                $"<tr><td class=\"l\">{StepCell(level, st)}</td><td>{st.Ok.Count}</td><td>{st.Fail.Count}</td><td>{st.FailRate * 100:0.##}</td><td>{st.Rps:0.##}</td>"
                + $"<td>{Ms(l.MinMs)}</td><td>{Ms(l.MeanMs)}</td><td>{Ms(l.P50Ms)}</td><td>{Ms(l.P75Ms)}</td><td>{Ms(l.P95Ms)}</td><td>{Ms(l.P99Ms)}</td><td>{Ms(l.P999Ms)}</td><td>{Ms(l.MaxMs)}</td>"
                + $"<td>{Ms(st.Ok.ServiceTime.P50Ms)}</td><td>{Ms(st.Ok.ServiceTime.P99Ms)}</td><td>{Bytes(st.Ok.BytesSent + st.Fail.BytesSent)}</td><td>{Bytes(st.Ok.BytesReceived + st.Fail.BytesReceived)}</td></tr>");
        }

        sb.Append("</table>");
        sb.Append("<h2>Starts and errors</h2><table class=\"errors\"><tr><th class=\"l\">step</th><th>late starts</th><th>dropped starts</th><th>max start lag ms</th>");
        sb.Append("<th class=\"l\">errors by status</th><th class=\"l\">errors by code</th><th class=\"l\">stop reason</th></tr>");
        foreach (var (scenario, level, st) in ReportRows.Of(s))
        {
            if (level == "scenario")
            {
                sb.Append(CultureInfo.InvariantCulture, $"<tr><th class=\"l group\" colspan=\"7\">{E(scenario.Name)}</th></tr>");
            }

            var isStep = level == "step";
            sb.Append(CultureInfo.InvariantCulture,
                $"<tr><td class=\"l\">{StepCell(level, st)}</td><td>{(isStep ? string.Empty : scenario.LateStarts)}</td><td>{(isStep ? string.Empty : scenario.DroppedStarts)}</td>"
                + $"<td>{(isStep ? string.Empty : scenario.MaxStartLagMs)}</td><td class=\"l\">{E(ReportRows.Counts(st.ErrorStatusCodes))}</td>"
                + $"<td class=\"l\">{E(ReportRows.Counts(st.ErrorCodes))}</td><td class=\"l\">{E(isStep ? string.Empty : scenario.StopReason ?? "-")}</td></tr>");
        }

        sb.Append("</table>");
    }

    /// <summary>Milliseconds to four significant digits (the CSV and JSON keep every digit): the table stays narrow.</summary>
    internal static string Ms(double ms) => ms.ToString(ms >= 1000 ? "0" : ms >= 100 ? "0.#" : ms >= 10 ? "0.##" : "0.###", CultureInfo.InvariantCulture);

    /// <summary>Bytes in B, kB, MB or GB (powers of 1000), at most four digits.</summary>
    internal static string Bytes(long bytes)
    {
        string[] units = ["B", "kB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (value >= 10_000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(unit == 0 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString(value >= 100 ? "0" : "0.#", CultureInfo.InvariantCulture))} {units[unit]}");
    }

    private static string StepCell(string level, StepStats st) => level == "step" ? E(st.Name) : "<i>(iteration)</i>";

    private static void ErrorMessages(StringBuilder sb, RunStats s)
    {
        sb.Append("<h2>Error messages</h2>");
        var rows = ReportRows.Of(s).SelectMany(r => r.Stats.ErrorMessages.Select(m => (r.Scenario.Name, Step: r.Level == "step" ? r.Stats.Name : "(iteration)", m.Key, m.Value))).ToList();
        if (rows.Count == 0)
        {
            sb.Append("<p>None.</p>");
            return;
        }

        sb.Append("<table><tr><th class=\"l\">scenario</th><th class=\"l\">step</th><th>count</th><th class=\"l\">message</th></tr>");
        foreach (var (scenario, step, message, count) in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"l\">{E(scenario)}</td><td class=\"l\">{E(step)}</td><td>{count}</td><td class=\"l\">{E(message)}</td></tr>");
        }

        sb.Append("</table>");
    }

    /// <summary>The first failed calls of each step by the trace id their traceparent header carried.</summary>
    private static void FailedCalls(StringBuilder sb, RunStats s)
    {
        var rows = ReportRows.Of(s).SelectMany(r => r.Stats.FailedCalls.Select(c => (r.Scenario.Name, Step: r.Level == "step" ? r.Stats.Name : "(iteration)", Call: c))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        sb.Append("<h2 id=\"failed-calls\">Failed calls by trace id</h2><p>The first failed calls of each step (at most 10); the trace id is the one their <code>traceparent</code> header carried, so the target's own logs find the call.</p>");
        sb.Append("<table><tr><th class=\"l\">scenario</th><th class=\"l\">step</th><th class=\"l\">trace id</th><th>status</th><th>code</th><th class=\"l\">message</th></tr>");
        foreach (var (scenario, step, call) in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"l\">{E(scenario)}</td><td class=\"l\">{E(step)}</td><td class=\"trace\">{call.TraceId}</td><td>{E(call.StatusCode ?? "-")}</td><td>{E(call.ErrorCode ?? "-")}</td><td class=\"l\">{E(call.Message ?? string.Empty)}</td></tr>");
        }

        sb.Append("</table>");
    }

    private static void Charts(StringBuilder sb, ScenarioStats scenario)
    {
        // A trailing interval cut short by the end of the run (under half an interval) would show a false dip or spike.
        var series = scenario.Total.OverTime.Where((i, n) => n < scenario.Total.OverTime.Count - 1 || i.DurationSeconds * 2 >= IntervalLength(scenario)).ToList();
        var xs = series.Select(i => i.StartSeconds + i.DurationSeconds).ToList(); // each interval at its end: the rate of the interval that ends there
        sb.Append(CultureInfo.InvariantCulture, $"<h2>Over time: {E(scenario.Name)}</h2><div class=\"charts\">");
        sb.Append(SvgChart.Line("Requests per second", "iterations/s", xs,
        [
            ("ok", "#1a73e8", series.Select(i => i.OkCount / Math.Max(i.DurationSeconds, 1e-3)).ToList()),
            ("fail", "#c5221f", series.Select(i => i.FailCount / Math.Max(i.DurationSeconds, 1e-3)).ToList()),
        ]));
        // An interval without a successful iteration has no latency: a gap, not a zero.
        sb.Append(SvgChart.Line("Latency percentiles (ok)", "ms", xs,
        [
            ("p50", "#1a73e8", series.Select(i => i.OkCount == 0 ? double.NaN : i.P50Ms).ToList()),
            ("p95", "#f9ab00", series.Select(i => i.OkCount == 0 ? double.NaN : i.P95Ms).ToList()),
            ("p99", "#c5221f", series.Select(i => i.OkCount == 0 ? double.NaN : i.P99Ms).ToList()),
        ]));
        sb.Append(SvgChart.Line("Errors per interval", "failed iterations", xs, [("fail", "#c5221f", series.Select(i => (double)i.FailCount).ToList())], emptyText: "no errors", integral: true));
        sb.Append("</div>");
    }

    private static double IntervalLength(ScenarioStats scenario) =>
        scenario.Total.OverTime.Count > 1 ? scenario.Total.OverTime[1].StartSeconds - scenario.Total.OverTime[0].StartSeconds : scenario.Total.OverTime.Sum(i => i.DurationSeconds);

    private static string E(string text) => WebUtility.HtmlEncode(SecretRedactor.Default.RedactText(text));
}
