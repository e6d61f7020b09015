using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MfaConformance.Cli.Conformance;

/// <summary>
/// The suite's reports made the size of their use, after the run. The Cucumber messages are the same text thousands of
/// times over (ids, timestamps, one line per call), so they are stored gzipped: <c>messages.ndjson.gz</c>, about a
/// tenth of the size (Cucumber's tools read it through <c>zcat</c>). The Cucumber HTML report carries the same
/// messages inline, as a JavaScript array before Cucumber's own script: they are stored gzipped and base64-encoded in
/// the page, which unpacks them in the browser (<c>DecompressionStream</c>) and only then starts Cucumber's script
/// (7.4 MB to 1.6 MB for the whole suite). A page whose layout is not the one expected is left as written.
/// </summary>
internal static partial class CompactReports
{
    /// <summary>The id of the script element that holds the packed messages of a Cucumber HTML report.</summary>
    public const string PackedMessagesId = "cucumber-messages";

    /// <summary>The id of the inert script element that holds Cucumber's own script until the messages are unpacked.</summary>
    public const string DeferredAppId = "cucumber-app";

    private const string MessagesAssignment = "window.CUCUMBER_MESSAGES = ";

    public const string MessagesFileName = "messages.ndjson";

    public const string CompressedSuffix = ".gz";

    /// <summary>
    /// Packs the messages inside the HTML reports of <paramref name="reports"/> and gzips the Cucumber messages file;
    /// returns the report files as they now are.
    /// </summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var html in reports.Where(r => r.EndsWith(".html", StringComparison.OrdinalIgnoreCase)))
        {
            PackHtml(html);
        }

        return [.. reports.Select(r => Path.GetFileName(r) == MessagesFileName ? Gzip(r) : r)];
    }

    /// <summary>
    /// Packs the inline Cucumber messages of the HTML report at <paramref name="path"/>; returns false, leaving the page
    /// as it was, when it does not hold them as Reqnroll's html formatter writes them.
    /// </summary>
    public static bool PackHtml(string path)
    {
        var html = File.ReadAllText(path);
        var packed = Pack(html);
        if (packed is null)
        {
            return false;
        }

        File.WriteAllText(path, packed);
        return true;
    }

    /// <summary>The page with its messages packed, or null when it does not hold them as expected.</summary>
    public static string? Pack(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var assignment = html.IndexOf(MessagesAssignment, StringComparison.Ordinal);
        var start = assignment < 0 ? -1 : html.LastIndexOf("<script>", assignment, StringComparison.Ordinal);
        if (start < 0 || !string.IsNullOrWhiteSpace(html[(start + "<script>".Length)..assignment]))
        {
            return null;
        }

        var messagesEnd = html.IndexOf("</script>", start, StringComparison.Ordinal);
        var appStart = messagesEnd < 0 ? -1 : html.IndexOf("<script>", messagesEnd, StringComparison.Ordinal);
        var appEnd = appStart < 0 ? -1 : html.IndexOf("</script>", appStart, StringComparison.Ordinal);
        if (appEnd < 0 || !string.IsNullOrWhiteSpace(html[(messagesEnd + "</script>".Length)..appStart]))
        {
            return null;
        }

        // A JavaScript array literal; the formatter escapes '<' as \x3C, which JSON writes \u003C.
        var literal = html[(assignment + MessagesAssignment.Length)..messagesEnd].TrimEnd().TrimEnd(';');
        var json = JsHexLessThan().Replace(literal, m => m.Groups["backslashes"].Value + "\\u003C");
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null; // another escaping than expected: the page stays as written
        }

        var app = html[(appStart + "<script>".Length)..appEnd];
        var page = new StringBuilder(html.Length / 3);
        page.Append(html, 0, start)
            .Append("<script id=\"").Append(PackedMessagesId).Append("\" type=\"application/gzip;base64\">")
            .Append(Convert.ToBase64String(GzipBytes(json))).Append("</script>\n")
            .Append("<script id=\"").Append(DeferredAppId).Append("\" type=\"text/plain\">").Append(app).Append("</script>\n")
            .Append(Loader)
            .Append(html, appEnd + "</script>".Length, html.Length - appEnd - "</script>".Length);
        return page.ToString();
    }

    private static byte[] GzipBytes(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    /// <summary>Unpacks the messages, then runs Cucumber's script; says so in the page where the browser cannot.</summary>
    private static readonly string Loader = $$"""
        <script>
        (async () => {
          const content = document.getElementById("content");
          try {
            if (typeof DecompressionStream === "undefined") {
              throw new Error("this browser has no DecompressionStream (Chrome 80, Firefox 113, Safari 16.4 and later have it)");
            }
            const packed = document.getElementById("{{PackedMessagesId}}").textContent;
            const bytes = Uint8Array.from(atob(packed), c => c.charCodeAt(0));
            const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
            window.CUCUMBER_MESSAGES = JSON.parse(text);
            const app = document.createElement("script");
            app.textContent = document.getElementById("{{DeferredAppId}}").textContent;
            document.body.appendChild(app);
          } catch (error) {
            content.textContent = "The report could not be unpacked: " + error.message + ". messages.ndjson.gz beside it holds the same messages.";
          }
        })();
        </script>

        """;

    [GeneratedRegex(@"(?<!\\)(?<backslashes>(?:\\\\)*)\\x3C")]
    private static partial Regex JsHexLessThan();

    /// <summary>Writes <paramref name="path"/>.gz and deletes the original; returns the new path.</summary>
    public static string Gzip(string path)
    {
        var target = path + CompressedSuffix;
        using (var input = File.OpenRead(path))
        using (var output = File.Create(target))
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            input.CopyTo(gzip);
        }

        File.Delete(path);
        return target;
    }
}
