using System.Globalization;
using MfaConformance.Cli.Security;
using static System.Net.WebUtility;

namespace MfaConformance.Cli.Accept;

/// <summary>
/// The security stage on the acceptance page: one row per check (OWASP item, verdict, measured figure), each linked to
/// its section of security/security.md (evidence and curl replay). Advisory: it never changes the verdict.
/// </summary>
internal static class AcceptSecuritySection
{
    public static void Write(AcceptReport report, TextWriter w)
    {
        w.WriteLine("<h2 id=\"security\">Security (@security, advisory): OWASP ASVS 4.0 / WSTG checks</h2>");
        if (report.Security is not { } security)
        {
            w.WriteLine("<p class=\"note\">Not run.</p>");
            return;
        }

        if (security.NotRunReason is { } reason)
        {
            w.WriteLine($"<p class=\"note\">Not run: {HtmlEncode(reason)}.</p>");
            return;
        }

        var link = security.Report ?? string.Empty;
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<p class=\"note\">Advisory, like @hardening: a finding never rejects the target. {security.Checks.Count} rows from {security.Calls} calls in {security.ElapsedSeconds:0.0} s (sample size {security.Samples}). "
            + $"<em>documented</em> marks a deviation from ASVS that the API documentation prescribes. Evidence and curl replays: <a href=\"{HtmlEncode(link)}\">{HtmlEncode(link)}</a>.</p>"));
        w.WriteLine($"<p class=\"counts\"><span class=\"o-{(security.Findings > 0 ? "failed" : "passed")}\">{security.Findings} finding(s)</span>"
            + $"<span class=\"o-passed\">{security.Checks.Count(c => c.Verdict == SecurityVerdict.Pass)} pass</span>"
            + $"<span class=\"o-not-run\">{security.Checks.Count(c => c.Verdict is SecurityVerdict.Documented or SecurityVerdict.Info)} documented or info</span></p>");
        w.WriteLine("<table class=\"req\"><tr><th>#</th><th>Item</th><th>Check</th><th>Verdict</th><th>Measured</th></tr>");
        foreach (var c in security.Checks)
        {
            var css = c.Verdict switch { SecurityVerdict.Finding => "o-failed", SecurityVerdict.Pass => "o-passed", _ => "o-not-run" };
            w.WriteLine($"<tr><td><a href=\"{HtmlEncode(link)}#{SecurityReportWriter.Anchor(c)}\">{HtmlEncode(c.Id)}</a></td><td>{HtmlEncode(c.Item)}</td><td>{HtmlEncode(c.Title)}<br><code>@security @check:{HtmlEncode(c.Check)}</code></td>"
                + $"<td class=\"{css}\">{HtmlEncode(SecurityReportWriter.VerdictWord(c.Verdict))}</td><td class=\"msg\">{HtmlEncode(c.Figure)}</td></tr>");
        }

        w.WriteLine("</table>");
    }
}
