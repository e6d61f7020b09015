using System.Globalization;
using System.Text;
using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Client;
using MfaConformance.Client.Redaction;
using static System.Net.WebUtility;
namespace MfaConformance.Cli.Conformance;

/// <summary>
/// The failures first: a static section put at the top of the Cucumber HTML report (Reqnroll's html formatter; its
/// page is a script that renders every scenario in file order and cannot be reordered from outside). It lists each
/// failed scenario once, linked to its entry: the failing step, the failure as the check wrote it with the frames of
/// our bindings and drivers, and every HTTP exchange of the scenario in full. The acceptance page links each failed
/// requirement here (<see cref="Link"/>).
/// </summary>
internal static class FailuresSection
{
    public const string ReportFileName = "report.html";

    public const string SectionId = "failures-first";

    private const string Style =
        "#failures-first{font:14px/1.45 system-ui,sans-serif;margin:0;padding:16px 24px;border-bottom:3px solid #b3261e;background:#fff;color:#1a1a1a}" +
        "#failures-first.none{border-bottom-color:#1e7f3c}" +
        "#failures-first h1{font-size:20px;margin:0 0 6px}#failures-first h2{font-size:16px;margin:18px 0 4px;color:#b3261e}" +
        "#failures-first pre{white-space:pre-wrap;word-break:break-word;background:#f6f6f6;border-left:3px solid #b3261e;padding:6px 8px;margin:4px 0;font:12px/1.4 ui-monospace,monospace}" +
        "#failures-first .tags{color:#555}#failures-first summary{cursor:pointer}";

    /// <summary>The anchor of a failed scenario's entry.</summary>
    public static string Anchor(ScenarioResult scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var id = new StringBuilder("failure-");
        foreach (var c in scenario.PickleId)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return id.ToString();
    }

    /// <summary>The link from a bundle's root to a failed scenario's entry.</summary>
    public static string Link(ScenarioResult scenario) => $"{VerifyRunner.ReportsSubfolder}/{ReportFileName}#{Anchor(scenario)}";

    /// <summary>Puts the section right after &lt;body&gt; of <paramref name="reportPath"/> (nothing when the file is not there).</summary>
    public static void Inject(string reportPath, TestRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!File.Exists(reportPath))
        {
            return;
        }

        var html = File.ReadAllText(reportPath);
        var body = html.IndexOf("<body>", StringComparison.Ordinal);
        if (body < 0 || html.Contains($"id=\"{SectionId}\"", StringComparison.Ordinal))
        {
            return;
        }

        var at = body + "<body>".Length;
        File.WriteAllText(reportPath, string.Concat(html.AsSpan(0, at), "\n", Render(run), html.AsSpan(at)), new UTF8Encoding(false));
    }

    /// <summary>The section's HTML: a summary that links each failure, then each failure once.</summary>
    public static string Render(TestRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var scenarios = run.Scenarios.ToList();
        var failed = scenarios.Where(s => s.Outcome is not (TestOutcome.Passed or TestOutcome.Skipped)).ToList();
        var w = new StringBuilder();
        w.Append("<style>").Append(Style).Append("</style>");
        w.Append(CultureInfo.InvariantCulture, $"<section id=\"{SectionId}\"{(failed.Count == 0 ? " class=\"none\"" : string.Empty)}>");
        if (failed.Count == 0)
        {
            var notRun = scenarios.Count(s => s.Outcome == TestOutcome.Skipped);
            var passed = $"{scenarios.Count - notRun} of {scenarios.Count} scenarios passed";
            w.Append(CultureInfo.InvariantCulture, $"<h1>No failure: {passed}{(notRun > 0 ? $", {notRun} not run (the reason is in each)" : string.Empty)}</h1>");
            w.Append("<p>Every scenario follows, with one line per HTTP call (method, path, status, time, curl replay).</p></section>");
            return w.ToString();
        }

        w.Append(CultureInfo.InvariantCulture, $"<h1>{failed.Count} of {scenarios.Count} scenarios failed</h1>");
        w.Append("<p>Each failure once below: the failing step, what was expected and what came back, the frames of the binding and driver, and every HTTP exchange of the scenario in full. ");
        w.Append("Every scenario follows this section; <a href=\"?hide=passed\">show only the ones that did not pass</a> (the report's own filter).</p><ol>");
        foreach (var s in failed)
        {
            w.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{Anchor(s)}\">{HtmlEncode(s.DisplayName)}</a></li>");
        }

        w.Append("</ol>");
        foreach (var s in failed)
        {
            WriteFailure(s, w);
        }

        w.Append("</section>");
        return w.ToString();
    }

    private static void WriteFailure(ScenarioResult s, StringBuilder w)
    {
        w.Append(CultureInfo.InvariantCulture, $"<article id=\"{Anchor(s)}\"><h2>{HtmlEncode(s.DisplayName)}</h2>");
        w.Append(CultureInfo.InvariantCulture, $"<div class=\"tags\">{HtmlEncode(string.Join(' ', s.Tags))}</div>");
        var step = s.FirstFailingStep;
        if (step is not null)
        {
            w.Append(CultureInfo.InvariantCulture, $"<p>Failed at <b>{HtmlEncode($"{step.Keyword.Trim()} {step.Text}")}</b> ({step.Outcome.ToString().ToLowerInvariant()})</p>");
        }

        if (s.TraceId is { } traceId)
        {
            w.Append(CultureInfo.InvariantCulture, $"<p class=\"trace\">Trace id <code>{traceId}</code>: every call of this scenario carried it in its W3C <code>traceparent</code> header, so the target's logs find them by it.</p>");
        }

        var failure = step?.ErrorTrace ?? step?.ErrorMessage ?? s.ErrorTrace ?? s.ErrorMessage ?? s.Outcome.ToString();
        w.Append("<pre class=\"failure\">").Append(HtmlEncode(Redacted(failure))).Append("</pre>");
        var exchanges = s.Steps.SelectMany(st => st.Output).ToList();
        if (exchanges.Count > 0)
        {
            w.Append(CultureInfo.InvariantCulture, $"<details open><summary>What the steps wrote: their HTTP calls, then every exchange in full ({exchanges.Count} entries)</summary>");
            w.Append("<pre class=\"exchanges\">").Append(HtmlEncode(Redacted(string.Join("\n", exchanges)))).Append("</pre></details>");
        }

        w.Append("</article>");
    }

    private static string Redacted(string text) => SecretRedactor.Default.RedactText(text);
}
