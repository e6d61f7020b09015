using MfaConformance.Bdd;

namespace MfaConformance.Cli.Accept;

/// <summary>
/// Writes the acceptance bundle: index.html (the page to hand over), accept.json, junit.xml and messages.ndjson
/// (the suite, when it ran), next to what the stages wrote (conformance/, load/), then SHA256SUMS last.
/// </summary>
internal static class BundleWriter
{
    public const string HtmlFileName = "index.html";

    public static void Write(AcceptReport report, TestRunResult? run, string folder)
    {
        Directory.CreateDirectory(folder);
        if (run is not null)
        {
            ReportWriter.WriteAll(run, folder, ReportFormats.JUnit | ReportFormats.CucumberMessages);
        }

        AcceptJsonWriter.Write(report, Path.Combine(folder, AcceptJsonWriter.FileName));
        var files = BundleManifest.Files(folder).Append(AcceptJsonWriter.FileName).Append(HtmlFileName).Distinct().Order(StringComparer.Ordinal).ToList();
        using (var writer = new StreamWriter(Path.Combine(folder, HtmlFileName), append: false, new System.Text.UTF8Encoding(false)))
        {
            AcceptHtmlWriter.Write(report, files, writer);
        }

        BundleManifest.Write(folder);
    }
}
