using System.IO.Compression;

namespace MfaConformance.Cli.Conformance;

/// <summary>
/// The suite's reports made the size of their use, after the run. The Cucumber messages are the same text thousands of
/// times over (ids, timestamps, one line per call), so they are stored gzipped: <c>messages.ndjson.gz</c>, about a
/// tenth of the size (Cucumber's tools read it through <c>zcat</c>). The Cucumber HTML report keeps its messages
/// inline, as Reqnroll's html formatter writes them: a page that unpacks them in the browser (DecompressionStream) was
/// tried and rendered blank in headless Chromium, where the screenshots and the rendering tests run.
/// </summary>
internal static class CompactReports
{
    public const string MessagesFileName = "messages.ndjson";

    public const string CompressedSuffix = ".gz";

    /// <summary>Gzips the Cucumber messages of <paramref name="reports"/>; returns the report files as they now are.</summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return [.. reports.Select(r => Path.GetFileName(r) == MessagesFileName ? Gzip(r) : r)];
    }

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
