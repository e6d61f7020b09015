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
            return Unpacked(File.ReadAllText(path));
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// An HTML report whose Cucumber messages are packed (gzipped, base64) with them unpacked in place, as the browser
    /// sees them; any other text as it is.
    /// </summary>
    public static string Unpacked(string text)
    {
        var match = PackedMessages().Match(text);
        if (!match.Success)
        {
            return text;
        }

        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(match.Groups["b64"].Value)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return string.Concat(text.AsSpan(0, match.Groups["b64"].Index), reader.ReadToEnd(), text.AsSpan(match.Groups["b64"].Index + match.Groups["b64"].Length));
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

    [GeneratedRegex(@"<script id=""cucumber-messages""[^>]*>(?<b64>[A-Za-z0-9+/=]*)</script>")]
    private static partial Regex PackedMessages();

    [GeneratedRegex(@"<script[^>]*>\s*(?<js>/\*! For license information please see main\.js\.LICENSE\.txt \*/.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex AppBlob();
}
