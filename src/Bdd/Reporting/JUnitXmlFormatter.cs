using System.Globalization;
using System.Xml;

using MfaConformance.Bdd.Results;
namespace MfaConformance.Bdd.Reporting;

/// <summary>
/// JUnit XML: one testsuite per feature, one testcase per pickle; skipped with message, failure with step and message;
/// the run's properties (which suite ran) in &lt;properties&gt; under &lt;testsuites&gt;.
/// </summary>
public static class JUnitXmlFormatter
{
    /// <summary>Writes <paramref name="path"/> (through a temporary file, so a reader never sees half a report).</summary>
    public static void WriteFile(TestRunResult result, string path, IEnumerable<KeyValuePair<string, string>>? properties = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
        {
            Write(result, writer, properties);
        }

        File.Move(temp, path, overwrite: true);
    }

    public static void Write(TestRunResult result, TextWriter output, IEnumerable<KeyValuePair<string, string>>? properties = null)
    {
        var settings = new XmlWriterSettings { Indent = true, Async = false, CheckCharacters = false };
        using var xml = XmlWriter.Create(output, settings);
        var all = result.Scenarios.ToList();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "MfaConformance");
        WriteCounts(xml, all, result.Duration);
        if (properties?.ToList() is { Count: > 0 } list)
        {
            xml.WriteStartElement("properties");
            foreach (var (name, value) in list)
            {
                xml.WriteStartElement("property");
                xml.WriteAttributeString("name", name);
                xml.WriteAttributeString("value", Clean(value));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        foreach (var feature in result.Features)
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", feature.Feature.Title);
            xml.WriteAttributeString("file", feature.Feature.FilePath);
            WriteCounts(xml, feature.Scenarios, feature.Duration);
            foreach (var scenario in feature.Scenarios)
            {
                WriteCase(xml, feature, scenario);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, FeatureResult feature, ScenarioResult scenario)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", feature.Feature.Title);
        xml.WriteAttributeString("name", scenario.DisplayName);
        xml.WriteAttributeString("time", Seconds(scenario.Duration));
        switch (scenario.Outcome)
        {
            case TestOutcome.Skipped:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", Clean(scenario.SkipReason ?? "skipped"));
                xml.WriteEndElement();
                break;
            case TestOutcome.Failed or TestOutcome.Ambiguous or TestOutcome.Undefined or TestOutcome.Pending:
                xml.WriteStartElement(scenario.Outcome == TestOutcome.Failed ? "failure" : "error");
                xml.WriteAttributeString("message", Clean(FirstLine(scenario.ErrorMessage ?? scenario.Outcome.ToString())));
                xml.WriteAttributeString("type", scenario.ErrorType ?? scenario.Outcome.ToString());
                xml.WriteString(Clean($"{scenario.ErrorMessage ?? scenario.Outcome.ToString()}{Frames(scenario.ErrorTrace)}{TraceLine(scenario)}"));
                xml.WriteEndElement();
                break;
        }

        // A passing scenario: its steps only (its HTTP calls are in messages.ndjson and report.html); any other: everything it wrote.
        xml.WriteElementString("system-out", Clean(StepLog.Format(scenario, brief: scenario.Outcome == TestOutcome.Passed)));
        xml.WriteEndElement();
    }

    /// <summary>The failure's trace id: the target's logs find the scenario's calls by it.</summary>
    public static string TraceLine(ScenarioResult scenario) =>
        scenario.TraceId is { } id ? $"\nTrace id: {id} (the W3C traceparent header of every call of this scenario)" : string.Empty;

    /// <summary>The frame lines of a trimmed trace (its "Type: message" opening is the message already written).</summary>
    private static string Frames(string? trace)
    {
        if (trace is null)
        {
            return string.Empty;
        }

        var frames = trace.Split('\n').Where(l => l.StartsWith("   at ", StringComparison.Ordinal) || l.StartsWith("   (", StringComparison.Ordinal)).ToList();
        return frames.Count == 0 ? string.Empty : $"\n{string.Join('\n', frames)}";
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<ScenarioResult> scenarios, TimeSpan duration)
    {
        xml.WriteAttributeString("tests", scenarios.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", scenarios.Count(s => s.Outcome == TestOutcome.Failed).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", scenarios.Count(s => s.Outcome is TestOutcome.Ambiguous or TestOutcome.Undefined or TestOutcome.Pending).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", scenarios.Count(s => s.Outcome == TestOutcome.Skipped).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", Seconds(duration));
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r');

    private static string Clean(string text) => new([.. text.Where(XmlConvert.IsXmlChar)]);
}
