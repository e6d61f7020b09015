using System.Text;

namespace MfaConformance.LoadEngine.Reporting;

/// <summary>Writes the chosen report files into &lt;folder&gt;/&lt;run-id&gt;/.</summary>
internal static class ReportWriter
{
    public static (string? Folder, IReadOnlyList<string> Files) Write(LoadReport report, string? rootFolder, IReadOnlyList<ReportFormat> formats)
    {
        if (rootFolder is null || formats.Count == 0)
        {
            return (null, []);
        }

        var folder = UniqueFolder(Path.Combine(rootFolder, report.Stats.RunId));
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var format in formats)
        {
            var (name, content) = format switch
            {
                ReportFormat.Html => ("report.html", HtmlReportWriter.Render(report)),
                ReportFormat.Md => ("report.md", MarkdownReportWriter.Render(report)),
                ReportFormat.Csv => ("report.csv", CsvReportWriter.Render(report)),
                _ => ("report.json", JsonReportWriter.Render(report)),
            };
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content, new UTF8Encoding(false));
            files.Add(path);
        }

        return (folder, files);
    }

    private static string UniqueFolder(string folder)
    {
        var candidate = folder;
        for (var i = 2; Directory.Exists(candidate); i++)
        {
            candidate = $"{folder}-{i}";
        }

        return candidate;
    }
}
