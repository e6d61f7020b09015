using System.Xml.Linq;
using MfaConformance.Bdd.Tests.Runtime;

namespace MfaConformance.Bdd.Tests.Reporting;

/// <summary>Stack traces in reports: trimmed to the frames that help (the step), the full trace one click away in the HTML.</summary>
public sealed class StackTracesTests
{
    private static readonly Lazy<Task<TestRunResult>> Outcomes = new(() => RuntimeFactory.Create("Outcomes.feature").RunAsync());

    [Fact]
    public void Trim_DeepExceptionThroughFrameworkCode_KeepsTypeMessageAndTheHarnessFramesOnly()
    {
        var error = Should.Throw<InvalidOperationException>(() => Enumerable.Range(0, 1).Select(_ => Recurse(200)).ToList());

        var trimmed = StackTraces.Trim(error);

        var lines = trimmed.Split('\n');
        lines[0].ShouldBe("System.InvalidOperationException: deep failure");
        lines.Count(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(StackTraces.MaxFramesPerException);
        lines.Where(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal)).ShouldAllBe(l => !l.Contains("at System.", StringComparison.Ordinal));
        trimmed.ShouldContain("StackTracesTests.Recurse");
        trimmed.ShouldContain("framework frames left out; the HTML report has the full trace");
        error.ToString().Split('\n').Length.ShouldBeGreaterThan(200);
    }

    [Fact]
    public void Trim_InnerExceptions_KeepsEachTypeAndMessage()
    {
        var error = new InvalidOperationException("outer", new IOException("inner"));

        StackTraces.Trim(error).ShouldBe("System.InvalidOperationException: outer\n---> System.IO.IOException: inner".ReplaceLineEndings());
    }

    [Fact]
    public void Full_HugeTrace_IsCutAtTheBound()
    {
        var error = new InvalidOperationException(new string('x', StackTraces.MaxFullChars * 2));

        StackTraces.Full(error).Length.ShouldBeLessThan(StackTraces.MaxFullChars + 100);
    }

    [Fact]
    public async Task JUnit_FailingStep_HasTheTrimmedTraceWithoutRuntimeOrAssertionFrames()
    {
        var xml = XDocument.Parse(Render(JUnitXmlFormatter.Write, await Outcomes.Value));

        var failure = xml.Descendants("testcase").Single(c => c.Attribute("name")!.Value == "Outcomes: Failing step").Element("failure")!.Value;
        failure.ShouldContain("Shouldly.ShouldAssertException");
        failure.ShouldContain("CalculatorSteps.ThenTheResultShouldBe");
        failure.ShouldNotContain("at Shouldly.");
        failure.ShouldNotContain("at MfaConformance.Bdd.ScenarioExecution");
        failure.ShouldNotContain("at System.");
    }

    [Fact]
    public async Task Html_FailingStep_ShowsTheTrimmedTraceAndTheFullOneInADetailsElement()
    {
        var html = Render(HtmlReportFormatter.Write, await Outcomes.Value);

        html.ShouldContain("<pre class=\"trace\">Shouldly.ShouldAssertException");
        html.ShouldContain("<details class=\"full-trace\"><summary>full stack trace</summary><pre>Shouldly.ShouldAssertException");
        var full = html[html.IndexOf("<details class=\"full-trace\">", StringComparison.Ordinal)..];
        full[..full.IndexOf("</details>", StringComparison.Ordinal)].ShouldContain("at MfaConformance.Bdd.");
    }

    private static int Recurse(int depth) => depth == 0 ? throw new InvalidOperationException("deep failure") : Recurse(depth - 1) + 1;

    private static string Render(Action<TestRunResult, TextWriter> write, TestRunResult result)
    {
        using var writer = new StringWriter();
        write(result, writer);
        return writer.ToString();
    }
}
