namespace MfaConformance.Cli.Accept;

/// <summary>
/// Writes the acceptance bundle: index.html (the page to hand over), accept.json, a copy of the suite's junit.xml and
/// messages.ndjson (when it ran), next to what the stages wrote (conformance/, load/), then SHA256SUMS last.
/// </summary>
internal static class BundleWriter
{
    public const string HtmlFileName = "index.html";

    /// <summary>The suite's reports copied to the bundle's root.</summary>
    public static readonly IReadOnlyList<string> CopiedReports = ["junit.xml", "messages.ndjson"];

    public static void Write(AcceptReport report, IReadOnlyList<string> suiteReports, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in suiteReports.Where(f => CopiedReports.Contains(Path.GetFileName(f), StringComparer.Ordinal) && File.Exists(f)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
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
