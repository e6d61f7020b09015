using static System.Net.WebUtility;

namespace MfaConformance.Cli.Accept;

/// <summary>The rule × endpoint matrix of the acceptance page: which documented rule held or failed on which endpoint.</summary>
internal static class AcceptRuleMatrixSection
{
    public static void Write(AcceptReport report, TextWriter w)
    {
        w.WriteLine("<h2 id=\"rules\">Documented rules × endpoints</h2>");
        if (report.Rules.Count == 0)
        {
            w.WriteLine("<p class=\"note\">Not available: the suite did not run.</p>");
            return;
        }

        var endpoints = report.Rules.Select(r => r.Endpoint).Distinct(StringComparer.Ordinal).ToArray();
        var failed = report.Rules.Where(r => r.Verdict == RuleVerdict.Failed).ToArray();
        w.WriteLine("<p class=\"note\">Each cell is the verdict of the @documented scenarios that enforce the rule on that endpoint (docs/rules.md): "
            + "<span class=\"o-passed\">✔</span> held, <span class=\"o-failed\">✘</span> failed, <span class=\"o-not-run\">○</span> not run, – does not apply "
            + "(hover for the reason); a ⚠ marks an @inferred or @hardening companion that failed (a warning).</p>");
        w.WriteLine($"<p class=\"counts\"><span class=\"o-passed\">{report.Rules.Count(r => r.Verdict == RuleVerdict.Passed)} cells held</span><span class=\"o-failed\">{failed.Length} failed</span><span class=\"o-not-run\">{report.Rules.Count(r => r.Verdict == RuleVerdict.NotRun)} not run</span></p>");
        w.WriteLine("<table class=\"matrix\"><tr><th>Rule</th>");
        foreach (var endpoint in endpoints)
        {
            w.WriteLine($"<th class=\"ep\">{HtmlEncode(endpoint)}</th>");
        }

        w.WriteLine("</tr>");
        foreach (var rule in report.Rules.GroupBy(r => r.Rule, StringComparer.Ordinal))
        {
            w.WriteLine($"<tr><th>{HtmlEncode(rule.First().RuleTitle)}</th>");
            foreach (var cell in rule)
            {
                w.WriteLine(Cell(cell));
            }

            w.WriteLine("</tr>");
        }

        w.WriteLine("</table>");
        if (failed.Length == 0)
        {
            return;
        }

        w.WriteLine("<table class=\"req\"><tr><th>Rule</th><th>Endpoint</th><th>Failing @documented scenarios</th></tr>");
        foreach (var cell in failed)
        {
            w.WriteLine($"<tr><td class=\"o-failed\">{HtmlEncode(cell.RuleTitle)}</td><td>{HtmlEncode(cell.Endpoint)}</td><td class=\"msg\">{HtmlEncode(string.Join("\n", cell.Failing))}</td></tr>");
        }

        w.WriteLine("</table>");
    }

    private static string Cell(RuleVerdict cell)
    {
        var warning = cell.Warnings.Count > 0 ? "⚠" : string.Empty;
        var title = cell.Verdict switch
        {
            RuleVerdict.NotApplicableVerdict => $"does not apply: {cell.NotApplicable}",
            RuleVerdict.Failed => $"failed: {string.Join("; ", cell.Failing)}",
            _ => cell.Warnings.Count > 0 ? $"{cell.Verdict}; warnings: {string.Join("; ", cell.Warnings)}" : cell.Verdict,
        };
        var (mark, css) = cell.Verdict switch
        {
            RuleVerdict.Passed => ("✔", "o-passed"),
            RuleVerdict.Failed => ("✘", "o-failed"),
            RuleVerdict.NotRun => ("○", "o-not-run"),
            _ => ("–", "na"),
        };
        return $"<td class=\"{css}\" title=\"{HtmlEncode(title)}\">{mark}{warning}</td>";
    }
}
