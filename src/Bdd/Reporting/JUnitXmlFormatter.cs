using System.Globalization;
using System.Xml;

namespace MfaConformance.Bdd;

/// <summary>JUnit XML: one testsuite per feature, one testcase per pickle; skipped with message, failure with step and message.</summary>
public static class JUnitXmlFormatter
{
    public static void Write(TestRunResult result, TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, Async = false, CheckCharacters = false };
        using var xml = XmlWriter.Create(output, settings);
        var all = result.Scenarios.ToList();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "MfaConformance");
        WriteCounts(xml, all, result.Duration);
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
                var step = scenario.FirstFailingStep;
                xml.WriteStartElement(scenario.Outcome == TestOutcome.Failed ? "failure" : "error");
                xml.WriteAttributeString("message", Clean(scenario.ErrorMessage ?? scenario.Outcome.ToString()));
                xml.WriteAttributeString("type", scenario.Outcome.ToString());
                xml.WriteString(Clean($"{(step is null ? string.Empty : $"{step.Keyword}{step.Text}\n")}{(scenario.Error is { } error ? StackTraces.Trim(error) : scenario.ErrorMessage)}"));
                xml.WriteEndElement();
                break;
        }

        xml.WriteElementString("system-out", Clean(StepLog.Format(scenario)));
        xml.WriteEndElement();
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

    private static string Clean(string text) => new([.. text.Where(XmlConvert.IsXmlChar)]);
}
