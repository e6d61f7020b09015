namespace MfaConformance.Cli.Accept;

/// <summary>
/// Writes the acceptance bundle: index.html (the page to hand over) and accept.json next to what the stages wrote
/// (conformance/ with the suite's report.html, junit.xml and messages.ndjson; explore/; load/), then SHA256SUMS last.
/// No file is there twice: the suite's reports stay in conformance/ only.
/// </summary>
internal static class BundleWriter
{
    public const string HtmlFileName = "index.html";

    public static void Write(AcceptReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        AcceptJsonWriter.Write(report, Path.Combine(folder, AcceptJsonWriter.FileName));
        var files = BundleManifest.Files(folder).Append(AcceptJsonWriter.FileName).Append(HtmlFileName).Distinct().Order(StringComparer.Ordinal).ToList();
        using (var writer = new StreamWriter(Path.Combine(folder, HtmlFileName), append: false, new System.Text.UTF8Encoding(false)))
        {
            AcceptHtmlWriter.Write(report, files, writer);
        }

        BundleManifest.Write(folder);
    }
}
