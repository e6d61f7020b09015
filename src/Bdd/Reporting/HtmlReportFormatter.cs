using System.Globalization;
using System.Net;

namespace MfaConformance.Bdd;

/// <summary>
/// One self-contained HTML page: inline CSS, no JavaScript, no external resources. Features, scenarios, steps with
/// status and duration, failures with their attachments (redacted exchanges, reproduce commands) in &lt;pre&gt;.
/// Everything is HTML-escaped. Filtering by status uses radio buttons and CSS only.
/// </summary>
public static class HtmlReportFormatter
{
    private static readonly TestOutcome[] Outcomes = Enum.GetValues<TestOutcome>();

    public static void Write(TestRunResult result, TextWriter w)
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Conformance report</title><style>");
        w.Write(HtmlReportStyle.Css);
        w.Write("</style></head><body>\n<h1>Conformance report</h1>\n<p class=\"meta\">Started ");
        w.Write(E(result.StartedAt.ToString("u", CultureInfo.InvariantCulture)));
        w.Write(" &middot; duration ");
        w.Write(Ms(result.Duration));
        w.Write("</p>\n<div class=\"filters\"><input type=\"radio\" name=\"f\" id=\"f-all\" checked><label for=\"f-all\">all ");
        w.Write(result.Scenarios.Count().ToString(CultureInfo.InvariantCulture));
        w.Write("</label>");
        foreach (var o in Outcomes)
        {
            var name = Css(o);
            w.Write($"<input type=\"radio\" name=\"f\" id=\"f-{name}\"><label for=\"f-{name}\" class=\"{name}\">{name} {result.Count(o)}</label>");
        }

        w.Write("</div>\n");
        foreach (var error in result.RunErrors)
        {
            w.Write($"<pre class=\"run-error\">{E(error)}</pre>\n");
        }

        foreach (var feature in result.Features)
        {
            w.Write($"<section class=\"feature\"><h2>Feature: {E(feature.Feature.Title)} <small>{E(feature.Feature.FilePath)} &middot; {Ms(feature.Duration)}</small></h2>\n");
            foreach (var s in feature.Scenarios)
            {
                WriteScenario(w, s);
            }

            w.Write("</section>\n");
        }

        w.Write("</body></html>\n");
    }

    private static void WriteScenario(TextWriter w, ScenarioResult s)
    {
        var open = s.Outcome is TestOutcome.Passed or TestOutcome.Skipped ? string.Empty : " open";
        w.Write($"<details class=\"scenario {Css(s.Outcome)}\"{open}><summary><span class=\"badge {Css(s.Outcome)}\">{Css(s.Outcome)}</span> {E(s.DisplayName)} <small>{Ms(s.Duration)}");
        foreach (var tag in s.Tags)
        {
            w.Write($" <span class=\"tag\">@{E(tag)}</span>");
        }

        w.Write("</small></summary>\n");
        if (s.SkipReason is not null)
        {
            w.Write($"<p class=\"reason\">Skipped: {E(s.SkipReason)}</p>\n");
        }

        if (s.ErrorMessage is not null)
        {
            w.Write($"<pre class=\"error\">{E(s.ErrorMessage)}</pre>\n");
        }

        if (s.Error is { } error)
        {
            w.Write($"<pre class=\"trace\">{E(StackTraces.Trim(error))}</pre>\n<details class=\"full-trace\"><summary>full stack trace</summary><pre>{E(StackTraces.Full(error))}</pre></details>\n");
        }

        w.Write("<ol class=\"steps\">\n");
        foreach (var step in s.Steps)
        {
            w.Write($"<li class=\"{Css(step.Outcome)}\"><span class=\"badge {Css(step.Outcome)}\">{Css(step.Outcome)}</span> <b>{E(step.Keyword.Trim())}</b> {E(step.Text)} <small>{Ms(step.Duration)}</small>");
            foreach (var line in step.Output)
            {
                w.Write($"<div class=\"out\">{E(line)}</div>");
            }

            if (step.Outcome is not (TestOutcome.Passed or TestOutcome.Skipped) && step.ErrorMessage is not null)
            {
                w.Write($"<pre class=\"error\">{E(step.Snippet ?? step.ErrorMessage)}</pre>");
            }

            foreach (var a in step.Attachments)
            {
                w.Write($"<div class=\"attachment\"><div class=\"att-name\">{E(a.Name)} <small>{E(a.MediaType)}</small></div><pre>{E(a.Content)}</pre></div>");
            }

            w.Write("</li>\n");
        }

        w.Write("</ol></details>\n");
    }

    private static string Css(TestOutcome o) => o.ToString().ToLowerInvariant();

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
