namespace MfaConformance.Bdd;

internal static class HtmlReportStyle
{
    public const string Css = """
        body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222;background:#fafafa}
        h1{margin:0 0 .3rem}h2{font-size:1.15rem;margin:1.2rem 0 .4rem}small{color:#666;font-weight:normal}
        .meta{color:#555}.filters{margin:.8rem 0}.filters input{display:none}
        .filters label{display:inline-block;padding:.2rem .6rem;margin-right:.3rem;border:1px solid #bbb;border-radius:1rem;cursor:pointer}
        .filters input:checked+label{background:#333;color:#fff}
        details.scenario{background:#fff;border:1px solid #ddd;border-left:6px solid #999;margin:.3rem 0;padding:.3rem .6rem;border-radius:4px}
        details.passed{border-left-color:#2e7d32}details.failed{border-left-color:#c62828}details.skipped{border-left-color:#9e9e9e}
        details.pending,details.undefined{border-left-color:#f9a825}details.ambiguous{border-left-color:#6a1b9a}
        summary{cursor:pointer}.badge{display:inline-block;min-width:5.5rem;text-align:center;font-size:.75rem;border-radius:3px;color:#fff;background:#9e9e9e}
        .badge.passed{background:#2e7d32}.badge.failed{background:#c62828}.badge.pending,.badge.undefined{background:#f9a825;color:#222}.badge.ambiguous{background:#6a1b9a}
        .tag{color:#1565c0}.steps{margin:.4rem 0}.steps li{margin:.2rem 0}
        pre{background:#f3f3f3;border:1px solid #e0e0e0;padding:.5rem;overflow:auto;white-space:pre-wrap}
        pre.error,pre.run-error{background:#fff3f3;border-color:#f3c2c2}.out{font-family:monospace;color:#444;margin-left:1rem}
        pre.trace{font-size:.8rem;color:#555}details.full-trace{margin:0 0 .5rem 1rem;font-size:.8rem}
        .attachment{margin-left:1rem}.att-name{font-weight:bold;font-size:.85rem}.reason{color:#555;font-style:italic}
        body:has(#f-passed:checked) .scenario:not(.passed),body:has(#f-failed:checked) .scenario:not(.failed),
        body:has(#f-skipped:checked) .scenario:not(.skipped),body:has(#f-pending:checked) .scenario:not(.pending),
        body:has(#f-undefined:checked) .scenario:not(.undefined),body:has(#f-ambiguous:checked) .scenario:not(.ambiguous){display:none}
        """;
}
