using System.Xml.Linq;

namespace MfaConformance.Cli.Tests.Support;

/// <summary>The failure and skip messages of a JUnit XML report (decoded).</summary>
internal static class JUnitMessages
{
    public static IReadOnlyList<string> Read(string path) =>
    [
        .. XDocument.Load(path).Descendants()
            .Where(e => e.Name.LocalName is "failure" or "error" or "skipped")
            .Select(e => (string?)e.Attribute("message") ?? e.Value),
    ];
}
