using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MfaConformance.Cli.Security;

/// <summary>The security stage's report: security.md (every check with its OWASP item, figure, method, evidence and curl replay) and security.json.</summary>
internal static class SecurityReportWriter
{
    public const string MarkdownFile = "security.md";
    public const string JsonFile = "security.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(SecuritySummary summary, string folder, string target)
    {
        File.WriteAllText(Path.Combine(folder, JsonFile), JsonSerializer.Serialize(summary, Json));
        File.WriteAllText(Path.Combine(folder, MarkdownFile), Markdown(summary, target), new UTF8Encoding(false));
    }

    public static string VerdictWord(SecurityVerdict verdict) => verdict switch
    {
        SecurityVerdict.Pass => "pass",
        SecurityVerdict.Finding => "FINDING",
        SecurityVerdict.Documented => "documented",
        SecurityVerdict.Info => "info",
        SecurityVerdict.NotApplicable => "not applicable",
        _ => "not run",
    };

    public static string Markdown(SecuritySummary summary, string target)
    {
        var md = new StringBuilder();
        md.AppendLine("# Security stage (@security): OWASP ASVS 4.0 / WSTG checks a black box can run").AppendLine();
        md.AppendLine($"Target: {target}. Advisory, like @hardening: a finding never rejects an acceptance.").AppendLine();
        if (summary.NotRunReason is { } reason)
        {
            md.AppendLine($"Not run: {reason}.");
            return md.ToString();
        }

        md.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Checks.Count} rows, {summary.Findings} finding(s); sample size {summary.Samples} (--samples); {summary.Calls} calls in {summary.ElapsedSeconds:0.0} s.")).AppendLine();
        md.AppendLine("Verdicts: **pass**; **FINDING** (flags the target); **documented** (a deviation from ASVS that the API documentation or the brand's configuration prescribes); **info** (the documentation leaves it open: reported, not judged); not run; not applicable.").AppendLine();
        md.AppendLine("| # | Check | Item | Verdict | Figure |").AppendLine("|---|---|---|---|---|");
        foreach (var c in summary.Checks)
        {
            md.AppendLine($"| [{c.Id}](#{Anchor(c)}) | @check:{c.Check} | {c.Item} | {VerdictWord(c.Verdict)} | {Cell(c.Figure)} |");
        }

        foreach (var c in summary.Checks)
        {
            md.AppendLine().AppendLine($"## {c.Id}. {c.Title}").AppendLine($"<a id=\"{Anchor(c)}\"></a>").AppendLine();
            md.AppendLine($"- Tags: `@security @check:{c.Check}`; item: {c.Item}; verdict: **{VerdictWord(c.Verdict)}**");
            md.AppendLine($"- Figure: {c.Figure}");
            if (c.Method.Length > 0)
            {
                md.AppendLine($"- Method: {c.Method}");
            }

            if (c.Curl is { } curl)
            {
                md.AppendLine().AppendLine("Replay (secrets are shell variables: export them first):").AppendLine().AppendLine("```sh").AppendLine(curl).AppendLine("```");
            }

            foreach (var e in c.Evidence)
            {
                md.AppendLine().AppendLine("<details><summary>Exchange (redacted)</summary>").AppendLine().AppendLine("```").AppendLine(e).AppendLine("```").AppendLine("</details>");
            }
        }

        return md.ToString();
    }

    public static string Anchor(SecurityCheckResult c) => $"check-{c.Id}";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
