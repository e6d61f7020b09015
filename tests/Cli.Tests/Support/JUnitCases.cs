using System.Xml.Linq;

namespace MfaConformance.Cli.Tests.Support;

/// <summary>The test cases of a JUnit XML file with their status: "passed", "failed" (failure or error) or "skipped".</summary>
internal static class JUnitCases
{
    public static IReadOnlyList<(string ClassName, string Name, string Status)> Read(string path) =>
    [
        .. XDocument.Load(path).Descendants("testcase").Select(c => (
            (string?)c.Attribute("classname") ?? string.Empty,
            (string?)c.Attribute("name") ?? string.Empty,
            c.Element("failure") is not null || c.Element("error") is not null ? "failed" : c.Element("skipped") is not null ? "skipped" : "passed")),
    ];
}
