using System.Text.Json.Nodes;
using MfaConformance.Cli.Conformance;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Drivers;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;
namespace MfaConformance.Cli.Tests.Evidence;

/// <summary>Issue 20: evidence sized to its use, failures first and once, readable hook names, progress in a log.</summary>
public sealed class EvidenceTests(FailingVerifyFixture fixture) : IClassFixture<FailingVerifyFixture>
{
    private string Messages => Path.Combine(fixture.Conformance, "messages.ndjson.gz");

    [Fact]
    public void Verify_TheFixture_HasPassingAndFailingScenarios()
    {
        fixture.Outcome.ExitCode.ShouldBe(ExitCodes.Failed, fixture.Output);
        Failed().ShouldNotBeEmpty();
        Passed().ShouldNotBeEmpty();
    }

    // "a passing one keeps one line per call (method, path, status, time, curl replay)"
    [Fact]
    public void SummaryEvidence_PassingScenario_KeepsOneLinePerCallWithItsCurl()
    {
        var lines = Passed().SelectMany(s => s.Steps).SelectMany(s => s.Output).ToList();

        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => !l.Contains('\n'), "one line per call");
        lines.ShouldAllBe(l => l.StartsWith(ScenarioHttpObserver.CallHeading + " ", StringComparison.Ordinal));
        lines.ShouldContain(l => l.Contains("POST /auth/v1/mfa/password/validate -> 200 in ", StringComparison.Ordinal) && l.Contains("Replay: curl -sS -X POST 'http://", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains(ScenarioHttpObserver.ExchangeHeading, StringComparison.Ordinal), "no full exchange for a passing scenario");
    }

    // "a failing scenario keeps every exchange in full"
    [Fact]
    public void SummaryEvidence_FailingScenario_KeepsEveryExchangeInFull()
    {
        foreach (var scenario in Failed())
        {
            var output = scenario.Steps.SelectMany(s => s.Output).ToList();
            var calls = output.Count(l => l.StartsWith(ScenarioHttpObserver.CallHeading + " ", StringComparison.Ordinal) && !l.StartsWith(ScenarioHttpObserver.ExchangeHeading, StringComparison.Ordinal));
            var full = output.Count(l => l.StartsWith(ScenarioHttpObserver.ExchangeHeading, StringComparison.Ordinal));
            output.ShouldContain(l => l.StartsWith(ScenarioHttpObserver.FailedScenarioHeading, StringComparison.Ordinal), scenario.DisplayName);
            full.ShouldBeGreaterThanOrEqualTo(calls, $"{scenario.DisplayName}: every call of the scenario in full");
            output.ShouldContain(l => l.Contains("\nHTTP 200 (application/json)", StringComparison.Ordinal), scenario.DisplayName);
        }
    }

    // "the failure text appears twice in its red box"
    [Fact]
    public void CucumberMessages_FailedStep_CarriesTheFailureTextOnce()
    {
        var failures = FailedStepResults();

        failures.ShouldNotBeEmpty();
        foreach (var exception in failures.Select(r => r["exception"]!))
        {
            var message = (string)exception["message"]!;
            var stackTrace = (string?)exception["stackTrace"] ?? string.Empty;
            stackTrace.ShouldNotContain(message, Case.Sensitive, "the report shows the exception's message above its stackTrace");
        }
    }

    // "its frames read `at lambda_method37(Closure, IContextManager)` and `at InvokeStub_Action…`, never the binding or driver"
    [Fact]
    public void CucumberMessages_FailedStep_FramesAreOurBindingAndDriver()
    {
        foreach (var stackTrace in FailedStepResults().Select(r => (string)r["exception"]!["stackTrace"]!))
        {
            stackTrace.ShouldContain("at MfaConformance.StepDefinitions.", Case.Sensitive, "the binding or driver that failed");
            stackTrace.ShouldNotContain("lambda_method");
            stackTrace.ShouldNotContain("InvokeStub_");
        }
    }

    // "JUnit names hooks MfaConformance.StepDefinitions.MfaConformance.StepDefinitions.TargetHooks…"
    [Fact]
    public void Reports_NameHooksAndBindings_WithoutTheDoubledNamespace()
    {
        foreach (var report in new[] { "junit.xml", "messages.ndjson.gz" })
        {
            var text = Support.ReportText.Read(Path.Combine(fixture.Conformance, report));
            // No namespace written twice in a row, whatever its depth (MfaConformance.StepDefinitions.Steps.MfaConformance...).
            System.Text.RegularExpressions.Regex.Match(text, @"\b(MfaConformance(?:\.[A-Za-z]+)+)\.MfaConformance\.").Success.ShouldBeFalse(report);
        }

        File.ReadAllText(Path.Combine(fixture.Conformance, "junit.xml")).ShouldContain(
            typeof(MfaConformance.StepDefinitions.Steps.EvidenceHooks).FullName + ".WriteTheExchangesOfAFailedScenario");
    }

    // "In the Cucumber HTML report a failure sits below pages of passing steps' HTTP logs"
    [Fact]
    public void ConformanceHtml_OpensOnTheFailures_EachOnceAndLinked()
    {
        var html = File.ReadAllText(Path.Combine(fixture.Conformance, FailuresSection.ReportFileName));
        var section = html.IndexOf($"<section id=\"{FailuresSection.SectionId}\"", StringComparison.Ordinal);

        section.ShouldBeGreaterThan(0);
        section.ShouldBeLessThan(html.IndexOf("<div id=\"content\">", StringComparison.Ordinal), "the failures come before Cucumber's report");
        html.ShouldContain($"{Failed().Count} of {fixture.Outcome.Run!.Scenarios.Count()} scenarios failed");
        html.ShouldContain("href=\"?hide=passed\"");
        foreach (var scenario in Failed())
        {
            var anchor = FailuresSection.Anchor(scenario);
            CountOf(html, $"id=\"{anchor}\"").ShouldBe(1, scenario.DisplayName);
            CountOf(html, $"href=\"#{anchor}\"").ShouldBe(1, scenario.DisplayName);
        }
    }

    // "Progress: `verify` shows no progress at all" (here the output is not a terminal: plain lines)
    [Fact]
    public void Verify_OutputNotATerminal_PrintsPlainProgressLines()
    {
        var total = fixture.Outcome.Run!.Scenarios.Count();

        fixture.Output.ShouldContain($"verify: {total} of {total} scenarios done, {Failed().Count} failed (");
        fixture.Output.ShouldNotContain("\r");
    }

    [Fact]
    public async Task FullEvidence_PassingScenario_KeepsEveryExchangeInFull()
    {
        var settings = new HarnessSettings { ReportsFolder = TempFolder(), EmbeddedPasswordHashIterations = 1_000, Evidence = EvidenceLevel.Full };

        var outcome = await new VerifyRunner().RunAsync(settings, new VerifyRunOptions { Tags = "@smoke and @needs-otp" }, CancellationToken.None);

        outcome.ExitCode.ShouldBe(ExitCodes.Ok);
        var output = outcome.Run!.Scenarios.SelectMany(s => s.Steps).SelectMany(s => s.Output).ToList();
        output.ShouldNotBeEmpty();
        output.ShouldAllBe(l => l.StartsWith(ScenarioHttpObserver.ExchangeHeading, StringComparison.Ordinal));
    }

    private List<MfaConformance.Bdd.Results.ScenarioResult> Failed() => [.. fixture.Outcome.Run!.Scenarios.Where(s => s.Outcome == MfaConformance.Bdd.Results.TestOutcome.Failed)];

    private List<MfaConformance.Bdd.Results.ScenarioResult> Passed() => [.. fixture.Outcome.Run!.Scenarios.Where(s => s.Outcome == MfaConformance.Bdd.Results.TestOutcome.Passed)];

    private List<JsonObject> FailedStepResults() =>
    [
        .. CucumberMessages.Read(Messages).Select(e => e["testStepFinished"]?["testStepResult"]).OfType<JsonObject>()
            .Where(r => (string?)r["status"] == "FAILED" && r["exception"] is not null),
    ];

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
