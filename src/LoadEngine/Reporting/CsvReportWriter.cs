using System.Globalization;
using System.Text;

namespace MfaConformance.LoadEngine.Reporting;

/// <summary>One row per scenario total and per step; latency in ms (CO-correct), service time alongside.</summary>
internal static class CsvReportWriter
{
    private const string Header = "scenario,level,step,ok_count,fail_count,fail_rate,rps,min_ms,mean_ms,p50_ms,p75_ms,p95_ms,p99_ms,p99_9_ms,max_ms,"
        + "service_p50_ms,service_p99_ms,bytes_sent,bytes_received,late_starts,dropped_starts,errors_by_status,errors_by_code";

    public static string Render(LoadReport report)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var (scenario, level, s) in ReportRows.Of(report.Stats))
        {
            var l = s.Ok.Latency;
            object[] cells =
            [
                scenario.Name, level, level == "step" ? s.Name : string.Empty, s.Ok.Count, s.Fail.Count, Math.Round(s.FailRate, 6), s.Rps,
                l.MinMs, l.MeanMs, l.P50Ms, l.P75Ms, l.P95Ms, l.P99Ms, l.P999Ms, l.MaxMs, s.Ok.ServiceTime.P50Ms, s.Ok.ServiceTime.P99Ms,
                s.Ok.BytesSent + s.Fail.BytesSent, s.Ok.BytesReceived + s.Fail.BytesReceived,
                level == "scenario" ? scenario.LateStarts : string.Empty, level == "scenario" ? scenario.DroppedStarts : string.Empty,
                ReportRows.Counts(s.ErrorStatusCodes, empty: string.Empty), ReportRows.Counts(s.ErrorCodes, empty: string.Empty),
            ];
            sb.AppendJoin(',', cells.Select(Cell)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// A CSV cell; a text starting with = + - or @ is prefixed with ' so that a spreadsheet does not read it as a formula
    /// (an empty cell stays empty).
    /// </summary>
    internal static string Cell(object value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) && value is string)
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
