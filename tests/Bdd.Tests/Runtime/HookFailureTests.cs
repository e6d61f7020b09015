namespace MfaConformance.Bdd.Tests.Runtime;

public sealed class HookFailureTests
{
    private const string Feature = "Feature: F\n  Scenario: S1\n    Given a step\n  Scenario: S2\n    Given a step\n";

    [Fact]
    public async Task RunAsync_BeforeTestRunFails_EveryScenarioFailsAndRunErrorIsReported()
    {
        var runtime = RuntimeFactory.FromText(Feature, null, typeof(Steps), typeof(FailingRunHooks));

        var result = await runtime.RunAsync();

        result.Scenarios.ShouldAllBe(s => s.Outcome == TestOutcome.Failed && s.ErrorMessage!.StartsWith("[BeforeTestRun] hook failed: no target"));
        result.RunErrors.ShouldHaveSingleItem().ShouldContain("no target");
        result.IsSuccess().ShouldBeFalse();
    }

    [Fact]
    public async Task RunScenarioAsync_BeforeScenarioFails_StepsSkippedAfterHooksRun()
    {
        var runtime = RuntimeFactory.FromText(Feature, null, typeof(Steps), typeof(FailingScenarioHooks));
        var log = new List<string>();
        runtime.RegisterInstance(log);

        var result = await runtime.RunScenarioAsync(runtime.AllPickles[0]);

        result.Outcome.ShouldBe(TestOutcome.Failed);
        result.ErrorMessage.ShouldNotBeNull().ShouldContain("FailingScenarioHooks.Before() failed: InvalidOperationException: setup broke");
        result.Steps[0].Keyword.ShouldBe("BeforeScenario ");
        result.Steps[1].Outcome.ShouldBe(TestOutcome.Skipped);
        log.ShouldBe(["after"]);
    }

    [Fact]
    public async Task RunScenarioAsync_SkipInBeforeScenario_SkipsScenarioWithReason()
    {
        var runtime = RuntimeFactory.FromText("@needs-clock\n" + Feature, null, typeof(Steps), typeof(SkippingHooks));

        var result = await runtime.RunScenarioAsync(runtime.AllPickles[0]);

        result.Outcome.ShouldBe(TestOutcome.Skipped);
        result.SkipReason.ShouldBe("target has no clock");
    }

    public sealed class Steps
    {
        [Given("a step")]
        public void GivenAStep()
        {
        }
    }

    public static class FailingRunHooks
    {
        [BeforeTestRun]
        public static Task Start() => throw new InvalidOperationException("no target");
    }

    public sealed class FailingScenarioHooks(List<string> log)
    {
        [BeforeScenario]
        public void Before() => throw new InvalidOperationException("setup broke");

        [AfterScenario]
        public void After() => log.Add("after");
    }

    public sealed class SkippingHooks
    {
        [BeforeScenario("needs-clock")]
        public static void Before(ScenarioContext scenario) => scenario.Skip("target has no clock");
    }
}
