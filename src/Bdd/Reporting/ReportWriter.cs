namespace MfaConformance.Bdd;

/// <summary>Writes the selected reports of a run: junit.xml, messages.ndjson, report.html.</summary>
public static class ReportWriter
{
    public const string JUnitFileName = "junit.xml";
    public const string MessagesFileName = "messages.ndjson";
    public const string HtmlFileName = "report.html";

    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> WriteAll(TestRunResult result, string folder, ReportFormats formats = ReportFormats.All)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        Write(formats, ReportFormats.JUnit, Path.Combine(folder, JUnitFileName), w => JUnitXmlFormatter.Write(result, w), written);
        Write(formats, ReportFormats.CucumberMessages, Path.Combine(folder, MessagesFileName), w => CucumberMessagesFormatter.Write(result, w), written);
        Write(formats, ReportFormats.Html, Path.Combine(folder, HtmlFileName), w => HtmlReportFormatter.Write(result, w), written);
        return written;
    }

    private static void Write(ReportFormats selected, ReportFormats format, string path, Action<TextWriter> write, List<string> written)
    {
        if (!selected.HasFlag(format))
        {
            return;
        }

        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
        {
            write(writer);
        }

        File.Move(temp, path, overwrite: true);
        written.Add(path);
    }
}
