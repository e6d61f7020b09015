using System.Globalization;
using static System.Net.WebUtility;

namespace MfaConformance.Cli.Accept;

/// <summary>
/// The explore stage on the acceptance page, beside the rule matrix: how many generated programs held against the model
/// of the documentation, and each contradiction with its rule and endpoint, the shrunk program as Gherkin and a link to
/// its exchanges (curl replay).
/// </summary>
internal static class AcceptExploreSection
{
    public static void Write(AcceptReport report, TextWriter w)
    {
        w.WriteLine("<h2 id=\"explore\">Exploration against a model of the documentation</h2>");
        if (report.Explore is not { } explore)
        {
            w.WriteLine("<p class=\"note\">Not run.</p>");
            return;
        }

        if (explore.NotRunReason is { } reason)
        {
            w.WriteLine($"<p class=\"note\">Not run: {HtmlEncode(reason)}.</p>");
            return;
        }

        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<p class=\"note\">{explore.Programs} generated programs ({explore.Calls} calls, {explore.Musts} of them with an answer the documentation fixes) in {explore.ElapsedSeconds:0.#} s, from seed <code>{HtmlEncode(explore.Seed)}</code> "
            + $"(replay: <code>mfa-conformance explore --seed {HtmlEncode(explore.Seed)}</code>). Details: <a href=\"{HtmlEncode(explore.Report ?? string.Empty)}\">{HtmlEncode(explore.Report ?? string.Empty)}</a>.</p>"));
        if (explore.Contradictions.Count == 0)
        {
            w.WriteLine("<p class=\"counts\"><span class=\"o-passed\">no contradiction of the documentation</span></p>");
            return;
        }

        w.WriteLine($"<p class=\"counts\"><span class=\"o-failed\">{explore.Contradictions.Count} contradiction(s)</span></p>");
        w.WriteLine("<table class=\"req\"><tr><th>Rule</th><th>Endpoint</th><th>The documentation requires</th><th>The target</th><th>Shortest program</th></tr>");
        foreach (var c in explore.Contradictions)
        {
            var exchanges = c.ExchangesFile is null ? string.Empty : $"<br><a href=\"{HtmlEncode(c.ExchangesFile)}\">exchanges with curl replay</a>";
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<tr><td class=\"o-failed\">{HtmlEncode(c.RuleTitle)}<br><code>@rule:{HtmlEncode(c.Rule)}</code></td><td>{HtmlEncode(c.Endpoint)}</td><td>{HtmlEncode(c.Expected)}: {HtmlEncode(c.Reason)}</td><td>{HtmlEncode(c.Observed)}</td>"
                + $"<td class=\"msg\"><details><summary>{c.Steps} steps, {c.Calls} calls (Gherkin)</summary><pre>{HtmlEncode(c.Gherkin)}</pre></details>{exchanges}</td></tr>"));
        }

        w.WriteLine("</table>");
    }
}
