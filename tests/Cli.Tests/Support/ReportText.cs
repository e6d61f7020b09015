using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MfaConformance.Cli.Conformance;

namespace MfaConformance.Cli.Tests.Support;

/// <summary>The text of a report file as a reader gets it (a .gz unpacked), and the static parts of a Cucumber HTML report.</summary>
internal static partial class ReportText
{
    public static string Read(string path)
    {
        if (!path.EndsWith(CompactReports.CompressedSuffix, StringComparison.Ordinal))
        {
            return File.ReadAllText(path);
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Cucumber's own script in its HTML report (the html-formatter's main.js, opened by its licence comment): static,
    /// the same bytes in every report, never anything of the run. Empty when the text holds none.
    /// </summary>
    public static string AppScript(string html)
    {
        var match = AppBlob().Match(html);
        return match.Success ? match.Groups["js"].Value : string.Empty;
    }

    [GeneratedRegex(@"<script>\s*(?<js>/\*! For license information please see main\.js\.LICENSE\.txt \*/.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex AppBlob();
}
