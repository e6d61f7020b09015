using System.Globalization;
using static System.Net.WebUtility;

namespace MfaConformance.Cli.Accept;

/// <summary>The acceptance page: verdict, facts, requirements by level, load per flow, spec decisions, files.</summary>
internal static class AcceptHtmlWriter
{
    public static void Write(AcceptReport report, IReadOnlyList<string> files, TextWriter w)
    {
        w.WriteLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.WriteLine($"<title>MFA conformance acceptance: {HtmlEncode(VerdictText(report))}</title>");
        w.WriteLine($"<style>{AcceptHtmlStyle.Css}</style></head><body><main>");
        w.WriteLine("<h1>Capillary auth/v1 MFA password flow: acceptance report</h1>");
        w.WriteLine($"<div id=\"verdict\" class=\"verdict v-{report.Verdict.ToString().ToLowerInvariant()}\">{HtmlEncode(VerdictText(report))} (exit code {report.ExitCode})</div>");
        if (report.UnreachableMessage is { } unreachable)
        {
            w.WriteLine($"<p class=\"msg\">{HtmlEncode(unreachable)}</p>");
        }

        WriteFacts(report, w);
        AcceptHtmlSections.WriteLoad(report, w);
        AcceptRuleMatrixSection.Write(report, w);
        AcceptExploreSection.Write(report, w);
        AcceptHtmlSections.WriteBaseline(report, w);
        AcceptSecuritySection.Write(report, w);
        AcceptHtmlSections.WriteRequirements(report, w);
        AcceptHtmlSections.WriteInconsistencies(report, w);
        w.WriteLine("<h2>Files in this bundle</h2><ul>");
        foreach (var file in files)
        {
            w.WriteLine($"<li><a href=\"{HtmlEncode(file)}\">{HtmlEncode(file)}</a></li>");
        }

        w.WriteLine($"<li>{BundleManifest.FileName}: SHA-256 of every file above (<code>sha256sum -c {BundleManifest.FileName}</code>)</li></ul>");
        w.WriteLine("</main></body></html>");
    }

    public static string VerdictText(AcceptReport report) => report.Verdict switch
    {
        AcceptVerdict.Accepted when report.LoadNotRunReason is not null => "ACCEPTED: every documented requirement met (load not run)",
        AcceptVerdict.Accepted => "ACCEPTED: every documented requirement met, every threshold held",
        AcceptVerdict.NotRun => $"NOT RUN: {report.UnreachableWhat} could not be reached",
        _ => "REJECTED: a documented requirement failed or a threshold broke",
    };

    private static void WriteFacts(AcceptReport r, TextWriter w)
    {
        w.WriteLine("<table class=\"facts\">");
        Row(w, "Target", r.Target);
        Row(w, "Harness version", r.HarnessVersion);
        Row(w, "Configuration", r.Configuration);
        Row(w, "Started (UTC)", r.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        Row(w, "Duration", $"{r.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        Row(w, "Run id", r.RunId);
        Row(w, "Suite", r.Suite is { } suite ? suite.Description : "not read");
        Row(w, "Results", AcceptJudgement.Counts(r));
        Row(w, "Security (advisory)", r.Security is null ? "not run" : r.Security.NotRunReason is { } notChecked ? $"not run: {notChecked}" : $"{r.Security.Findings} finding(s) in {r.Security.Checks.Count} rows");
        Row(w, "Load", r.LoadNotRunReason is { } reason
            ? $"not run: {reason}"
            : $"{r.Load.Count} flows: {r.Load.Count(l => l.Passed)} passed, {r.Load.Count(l => !l.Passed)} failed");
        foreach (var error in r.RunErrors)
        {
            Row(w, "Run error", error);
        }

        w.WriteLine("</table>");
    }

    private static void Row(TextWriter w, string name, string value) =>
        w.WriteLine($"<tr><th>{HtmlEncode(name)}</th><td>{HtmlEncode(value)}</td></tr>");
}
