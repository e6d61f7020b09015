using MfaConformance.Bdd.Tests.Samples.Bindings;

namespace MfaConformance.Bdd.Tests.Runtime;

public sealed class ScenarioExecutionTests
{
    [Fact]
    public async Task RunStepAsync_StepByStep_ReturnsEachStepResult()
    {
        var runtime = RuntimeFactory.Create("Calculator.feature");
        var pickle = runtime.FindPickles("Add two numbers").Single();
        var context = new CalculatorContext();
        await using var execution = runtime.CreateExecution(pickle, [context]);

        (await execution.StartAsync()).ShouldBe(TestOutcome.Passed);
        var results = new List<StepResult>();
        for (var i = 0; i < execution.Steps.Count; i++)
        {
            results.Add(await execution.RunStepAsync(i));
        }

        results.Select(r => r.Outcome).ShouldAllBe(o => o == TestOutcome.Passed);
        execution.Steps[2].Keyword.ShouldBe("And ");
        execution.Steps[2].BindingKeyword.ShouldBe(StepDefinitionKeyword.Given);
        context.Result.ShouldBe(120);
        execution.Resolve<CalculatorContext>().ShouldBeSameAs(context);
    }

    [Fact]
    public async Task CompleteAsync_ScenarioRegisteredInstance_IsNotDisposedByTheRuntime()
    {
        var runtime = RuntimeFactory.Create("Calculator.feature");
        var context = new CalculatorContext();
        var execution = runtime.CreateExecution(runtime.FindPickles("Add two numbers").Single(), [context]);

        var result = await execution.CompleteAsync();

        result.Outcome.ShouldBe(TestOutcome.Passed);
        result.Steps.ShouldAllBe(s => s.Outcome == TestOutcome.Skipped);
        context.Disposed.ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_Hooks_RunInOrderWithTagFiltersAndRunLevelServices()
    {
        var runtime = RuntimeFactory.Create("Hooks.feature", o => o.MaxParallelism = 1, typeof(RunHooks));

        var result = await runtime.RunAsync();

        result.Scenario("Hooks run in order").Outcome.ShouldBe(TestOutcome.Passed);
        var events = runtime.Services.Get<RunProbe>().Events.ToArray();
        events.Take(7).ShouldBe(
        [
            "before-test-run", "before-feature:Hooks", "before-scenario-10", "before-scenario-20", "before-tagged",
            "before-step:a step that records itself", "step",
        ]);
        events.Count(e => e == "before-feature:Hooks").ShouldBe(1);
        events[^2..].ShouldBe(["after-feature", "after-test-run"]);
    }

    [Fact]
    public async Task RunAsync_StepFails_AfterHooksStillRun()
    {
        var runtime = RuntimeFactory.Create("Hooks.feature", o => o.MaxParallelism = 1, typeof(RunHooks));

        var result = await runtime.RunAsync();

        var failed = result.Scenario("After hooks run when a step fails");
        failed.Outcome.ShouldBe(TestOutcome.Failed);
        failed.ErrorMessage.ShouldBe("Step 'And a step that throws' failed: InvalidOperationException: boom");
        runtime.Services.Get<RunProbe>().Events.ShouldContain("after-scenario:TestError");
    }

    [Fact]
    public async Task RunAsync_TablesAndDocStrings_BindToRecordsClassesAndStrings()
    {
        var result = await RuntimeFactory.Create("Tables.feature").RunAsync();

        result.Scenarios.Select(s => (s.Name, s.Outcome, s.ErrorMessage)).ShouldBe(
        [
            ("Customer from a vertical table", TestOutcome.Passed, null),
            ("Devices from a horizontal table", TestOutcome.Passed, null),
            ("Doc string", TestOutcome.Passed, null),
        ]);
    }
}
