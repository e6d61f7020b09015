namespace MfaConformance.Cli.Accept;

/// <summary>The acceptance page's inline CSS (self-contained: no network, no scripts).</summary>
internal static class AcceptHtmlStyle
{
    public const string Css = """
        body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
        main{max-width:1180px;margin:0 auto;padding:24px}
        h1{font-size:1.6em;margin:0 0 4px}h2{margin-top:32px;border-bottom:2px solid #dde1e7;padding-bottom:4px}
        .verdict{display:inline-block;padding:10px 18px;border-radius:8px;font-weight:700;font-size:1.3em;color:#fff;margin:12px 0}
        .v-accepted{background:#1e7f3c}.v-rejected{background:#b3261e}.v-notrun{background:#8a5a00}
        table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0;font-size:.92em}
        th,td{border:1px solid #dde1e7;padding:5px 8px;text-align:left;vertical-align:top}th{background:#eef1f5}
        table.facts{width:auto}table.facts th{width:160px}
        table.req td:nth-child(3){width:24%}table.req td:nth-child(4){width:14%}table.req td:nth-child(5){width:44%}
        table.matrix{width:auto;font-size:.85em}table.matrix td{text-align:center;min-width:2.2em}table.matrix th.ep{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500}
        table.matrix td.na{color:#9ca3af}
        .o-passed{color:#1e7f3c;font-weight:600}.o-failed{color:#b3261e;font-weight:700}.o-not-run{color:#6b7280}
        .msg{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;white-space:pre-wrap;word-break:break-word}
        .note{color:#4b5563}.counts span{margin-right:18px}
        """;
}
