using System.Text.Json;
using System.Xml.Linq;
using MfaConformance.Bdd.Reporting;
using MfaConformance.Bdd.Tests.Runtime;
namespace MfaConformance.Bdd.Tests.Reporting;

/// <summary>Stack traces in reports: the message first, then the frames that help (the step); the full trace in the Cucumber messages.</summary>
public sealed class StackTracesTests
{
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
        trimmed.ShouldContain("framework frames left out; the Cucumber messages have the full trace");
        error.ToString().Split('\n').Length.ShouldBeGreaterThan(200);
    }

    [Fact]
    public void Trim_InnerExceptions_KeepsEachTypeAndMessage()
    {
        var error = new InvalidOperationException("outer", new IOException("inner"));

        StackTraces.Trim(error).ShouldBe("System.InvalidOperationException: outer\n---> System.IO.IOException: inner".ReplaceLineEndings());
    }

    [Fact]
    public void Bound_HugeTrace_IsCutAtTheBound()
    {
        var error = new InvalidOperationException(new string('x', StackTraces.MaxFullChars * 2));

        StackTraces.Bound(error.ToString()).Length.ShouldBeLessThan(StackTraces.MaxFullChars + 100);
    }

    [Fact]
    public async Task Reports_FailingStep_MessageOnceThenTheStepsFramesOnly_FullTraceInTheMessages()
    {
        var folder = SampleRuns.TempFolder();
        await using (var run = SampleRuns.Create("Outcomes.feature", folder, o => o.TagFilter = null))
        {
            await run.StartAsync();
            await run.RunPickleAsync(run.FindPickles("Failing step").Single());
            await run.FinishAsync();
        }

        var failure = XDocument.Load(Path.Combine(folder, "junit.xml")).Descendants("testcase")
            .Single(c => c.Attribute("name")!.Value == "Outcomes: Failing step").Element("failure")!.Value;
        failure.Split('\n')[0].ShouldBe("expected the result 99, but the calculator shows 0");
        failure.ShouldContain("at MfaConformance.Bdd.Tests.Samples.Bindings.CalculatorSteps.ThenTheResultShouldBe");
        failure.ShouldNotContain("at Reqnroll.");
        failure.ShouldNotContain("at System.");

        // The Cucumber HTML report shows the exception's type and message, then exception.stackTrace: the step's frames only,
        // so the failure reads once (issue 20: it read twice in the red box).
        var failed = File.ReadLines(Path.Combine(folder, "messages.ndjson"))
            .Where(l => l.StartsWith("{\"testStepFinished\":", StringComparison.Ordinal))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("testStepFinished").GetProperty("testStepResult"))
            .Single(r => r.GetProperty("status").GetString() == "FAILED");
        var trace = failed.GetProperty("exception").GetProperty("stackTrace").GetString()!;
        failed.GetProperty("exception").GetProperty("message").GetString().ShouldBe("expected the result 99, but the calculator shows 0");
        trace.ShouldNotContain("expected the result 99", Case.Sensitive, "the message is shown above the frames already");
        trace.ShouldStartWith("   at MfaConformance.Bdd.Tests.Samples.Bindings.CalculatorSteps.ThenTheResultShouldBe");
        trace.ShouldNotContain("at Reqnroll.");
        failed.GetProperty("message").GetString()!.ShouldContain("at Reqnroll.");
    }

    private static int Recurse(int depth) => depth == 0 ? throw new InvalidOperationException("deep failure") : Recurse(depth - 1) + 1;
}
