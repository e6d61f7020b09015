namespace MfaConformance.LoadEngine;

/// <summary>Report files a run can write (NBomber's <c>ReportFormat</c>).</summary>
public enum ReportFormat
{
    /// <summary>Self-contained HTML page with inline SVG charts (report.html).</summary>
    Html,

    /// <summary>Markdown tables (report.md).</summary>
    Md,

    /// <summary>One row per scenario and step (report.csv).</summary>
    Csv,

    /// <summary>Full statistics and over-time series (report.json).</summary>
    Json,
}
