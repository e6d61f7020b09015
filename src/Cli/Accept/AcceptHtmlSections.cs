using System.Globalization;
using static System.Net.WebUtility;

namespace MfaConformance.Cli.Accept;

/// <summary>The tables of the acceptance page.</summary>
internal static class AcceptHtmlSections
{
    private static readonly (string Level, string Title, string Meaning)[] Levels =
    [
        (RequirementResults.Documented, "Documented requirements", "Rules the documentation states. A failure is non-conformance and rejects the target."),
        (RequirementResults.Inferred, "Inferred results (warnings)", "Our reading of an ambiguity (spec section 5) or an example-only value. A failure is a warning, not a rejection."),
        (RequirementResults.Hardening, "Hardening results (advisory)", "Security practice beyond the documentation. Advisory only."),
    ];

    public static void WriteRequirements(AcceptReport report, TextWriter w)
    {
        foreach (var (level, title, meaning) in Levels)
        {
            var rows = report.Level(level).OrderBy(r => Rank(r.Outcome)).ThenBy(r => r.Feature, StringComparer.Ordinal).ToList();
            w.WriteLine($"<h2 id=\"{level}\">{HtmlEncode(title)}</h2><p class=\"note\">{HtmlEncode(meaning)}</p>");
            w.WriteLine($"<p class=\"counts\"><span class=\"o-passed\">{rows.Count(r => r.Outcome == "passed")} passed</span><span class=\"o-failed\">{rows.Count(r => r.Outcome == "failed")} failed</span><span class=\"o-not-run\">{rows.Count(r => r.Outcome == "not run")} not run</span></p>");
            if (rows.Count == 0)
            {
                w.WriteLine("<p class=\"note\">None in this run.</p>");
                continue;
            }

            w.WriteLine("<table class=\"req\"><tr><th>Verdict</th><th>Feature</th><th>Scenario</th><th>Spec</th><th>Details</th></tr>");
            foreach (var r in rows)
            {
                w.WriteLine($"<tr><td class=\"o-{r.Outcome.Replace(' ', '-')}\">{HtmlEncode(r.Outcome)}</td><td>{HtmlEncode(r.Feature)}</td><td>{HtmlEncode(r.Scenario)}</td><td>{HtmlEncode(r.Citation)}</td><td class=\"msg\">{HtmlEncode(r.Message ?? string.Empty)}{EvidenceLink(r)}</td></tr>");
            }

            w.WriteLine("</table>");
        }
    }

    /// <summary>`accept --baseline`: the requirements that changed since the earlier bundle.</summary>
    public static void WriteBaseline(AcceptReport report, TextWriter w)
    {
        if (report.Baseline is not { } b)
        {
            return;
        }

        w.WriteLine($"<h2 id=\"baseline\">Against the baseline {HtmlEncode(b.RunId)}</h2><p class=\"note\">Requirements matched by level, feature and scenario with those of <code>{HtmlEncode(b.Path)}</code>.</p>");
        w.WriteLine($"<p class=\"counts\"><span class=\"o-failed\">{b.NewlyFailing.Count} newly failing</span><span class=\"o-passed\">{b.NewlyPassing.Count} newly passing</span><span>{b.Added.Count} added</span><span>{b.Removed.Count} removed</span></p>");
        foreach (var (title, rows) in new[] { ("Newly failing", b.NewlyFailing), ("Newly passing", b.NewlyPassing), ("Added", b.Added), ("Removed", b.Removed) })
        {
            if (rows.Count == 0)
            {
                continue;
            }

            w.WriteLine($"<h3>{HtmlEncode(title)}</h3><table class=\"req\"><tr><th>Level</th><th>Feature</th><th>Scenario</th><th>Before</th><th>Now</th></tr>");
            foreach (var r in rows)
            {
                w.WriteLine($"<tr><td>{HtmlEncode(r.Level)}</td><td>{HtmlEncode(r.Feature)}</td><td>{HtmlEncode(r.Scenario)}</td><td>{HtmlEncode(r.Before ?? "-")}</td><td>{HtmlEncode(r.After ?? "-")}</td></tr>");
            }

            w.WriteLine("</table>");
        }
    }

    public static void WriteLoad(AcceptReport report, TextWriter w)
    {
        w.WriteLine("<h2 id=\"load\">Load: a short run of every flow against its thresholds</h2>");
        if (report.LoadNotRunReason is { } reason)
        {
            w.WriteLine($"<p class=\"note\">Not run: {HtmlEncode(reason)}</p>");
            return;
        }

        w.WriteLine("<table><tr><th>Flow</th><th>Verdict</th><th>ok</th><th>failed</th><th>RPS</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>Thresholds</th><th>Errors</th></tr>");
        foreach (var f in report.Load)
        {
            var name = f.ReportPath is null ? HtmlEncode(f.Flow) : $"<a href=\"{HtmlEncode(f.ReportPath)}\">{HtmlEncode(f.Flow)}</a>";
            var thresholds = string.Join("<br>", f.Thresholds.Select(t => $"<span class=\"o-{(t.Passed ? "passed" : "failed")}\">{(t.Passed ? "held" : "BROKE")}</span> {HtmlEncode(t.Expression)} (actual {HtmlEncode(t.Actual)})"));
            w.WriteLine($"<tr><td>{name}</td><td class=\"o-{(f.Passed ? "passed" : "failed")}\">{(f.Passed ? "passed" : "failed")}</td><td>{f.OkCount}</td><td>{f.FailCount}</td><td>{N(f.Rps)}</td><td>{N(f.P50Ms)}</td><td>{N(f.P95Ms)}</td><td>{N(f.P99Ms)}</td><td>{thresholds}</td><td class=\"msg\">{HtmlEncode(string.Join("\n", f.Errors))}</td></tr>");
        }

        w.WriteLine("</table>");
    }

    public static void WriteInconsistencies(AcceptReport report, TextWriter w)
    {
        w.WriteLine("<h2 id=\"spec-decisions\">Spec inconsistencies and the choice taken</h2>");
        w.WriteLine("<p class=\"note\">The documentation contradicts itself in these places (spec section 5); the harness and the reference server take the default below.</p>");
        w.WriteLine("<table><tr><th>#</th><th>Inconsistency</th><th>Choice taken</th></tr>");
        foreach (var i in report.Inconsistencies)
        {
            w.WriteLine($"<tr><td>#{i.Number}</td><td>{HtmlEncode(i.Topic)}</td><td>{HtmlEncode(i.DefaultTaken)}</td></tr>");
        }

        w.WriteLine("</table>");
    }

    private static string EvidenceLink(RequirementResult r) =>
        (r.Evidence is { } link
            ? $" <a class=\"evidence\" href=\"{HtmlEncode(link)}\">evidence: the failing step, its trace and every HTTP exchange</a>"
            : string.Empty)
        + (r.TraceId is { } traceId ? $" <span class=\"trace\">trace id <code>{HtmlEncode(traceId)}</code></span>" : string.Empty);

    private static int Rank(string outcome) => outcome switch { "failed" => 0, "not run" => 1, _ => 2 };

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
