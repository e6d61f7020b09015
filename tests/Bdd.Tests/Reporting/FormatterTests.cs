using System.Text.Json;
using System.Xml.Linq;
using MfaConformance.Bdd.Tests.Runtime;

namespace MfaConformance.Bdd.Tests.Reporting;

public sealed class FormatterTests
{
    private static readonly Lazy<Task<TestRunResult>> Outcomes = new(() => RuntimeFactory.Create("Outcomes.feature").RunAsync());

    [Fact]
    public async Task JUnit_OutcomesFeature_OneTestcasePerPickleWithFailureAndSkipped()
    {
        var xml = XDocument.Parse(Render(JUnitXmlFormatter.Write, await Outcomes.Value));

        var cases = xml.Descendants("testcase").ToList();
        cases.Count.ShouldBe(5);
        var failing = cases.Single(c => c.Attribute("name")!.Value == "Outcomes: Failing step");
        failing.Element("failure")!.Value.ShouldStartWith("Then the result should be 99");
        cases.Single(c => c.Attribute("name")!.Value == "Outcomes: Skipped for a capability")
            .Element("skipped")!.Attribute("message")!.Value.ShouldContain("@needs-clock");
        xml.Root!.Attribute("failures")!.Value.ShouldBe("1");
    }

    [Fact]
    public async Task CucumberMessages_EveryLine_IsOneEnvelopeInSchemaOrder()
    {
        var lines = Render(CucumberMessagesFormatter.Write, await Outcomes.Value).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var types = lines.Select(l => JsonDocument.Parse(l).RootElement.EnumerateObject().Single().Name).ToList();
        types[0].ShouldBe("meta");
        types.ShouldContain("source");
        types.Count(t => t == "pickle").ShouldBe(5);
        types.Count(t => t == "testCaseFinished").ShouldBe(5);
        types.ShouldContain("attachment");
        types[^1].ShouldBe("testRunFinished");
        lines.ShouldContain(l => l.Contains("\"status\":\"UNDEFINED\"") && l.Contains("testStepFinished"));
    }

    [Fact]
    public void Html_HostileText_IsEscapedAndSelfContained()
    {
        var result = new TestRunResult
        {
            Features =
            [
                new FeatureResult
                {
                    Feature = new FeatureInfo("<script>alert(1)</script>", null, [], "x.feature"),
                    Scenarios =
                    [
                        new ScenarioResult
                        {
                            PickleId = "x:1", Name = "s", DisplayName = "F: <b>s</b>", FeatureTitle = "f", Outcome = TestOutcome.Failed,
                            ErrorMessage = "boom & <x>",
                            Steps = [new StepResult { Keyword = "When ", Text = "call", Outcome = TestOutcome.Failed, ErrorMessage = "bad",
                                Attachments = [new ScenarioAttachment("curl", "text/plain", "curl -X POST 'http://127.0.0.1/<x>'")] }],
                        },
                    ],
                },
            ],
        };

        var html = Render(HtmlReportFormatter.Write, result);

        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("<pre>curl -X POST &#39;http://127.0.0.1/&lt;x&gt;&#39;</pre>");
        html.ShouldNotContain("src=\"http");
        html.ShouldNotContain("href=\"http");
    }

    [Fact]
    public async Task WriteAll_Folder_WritesTheThreeReports()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bdd-reports-" + Guid.NewGuid().ToString("N"));

        var written = ReportWriter.WriteAll(await Outcomes.Value, folder);

        written.Select(Path.GetFileName).ShouldBe(["junit.xml", "messages.ndjson", "report.html"]);
        written.ShouldAllBe(p => new FileInfo(p).Length > 0);
        Directory.Delete(folder, recursive: true);
    }

    private static string Render(Action<TestRunResult, TextWriter> write, TestRunResult result)
    {
        using var writer = new StringWriter();
        write(result, writer);
        return writer.ToString();
    }
}
