using MfaConformance.Bdd.Results;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Bdd.Tests.Samples.Bindings;
namespace MfaConformance.Bdd.Tests.Runtime;

public sealed class BddRunTests
{
    [Fact]
    public async Task RunAllAsync_Calculator_EveryPicklePassesWithItsOwnDisposedContext()
    {
        var folder = SampleRuns.TempFolder();
        await using var run = SampleRuns.Create("Calculator.feature", folder, o => o.MaxParallelism = 4);
        await run.StartAsync();
        var probe = run.TestRunContainer.Resolve<RunProbe>();

        var result = await run.RunAllAsync();

        result.Scenarios.Select(s => s.DisplayName).ShouldBe([
            "Calculator: Add two numbers",
            "Calculator: Add 1 and 2 [1, 2, 3, small]",
            "Calculator: Add -4 and 4 [-4, 4, 0, negative]",
            "Calculator: Add 10 and 0 [10, 0, 10, zero addend]"]);
        result.Scenarios.ShouldAllBe(s => s.Outcome == TestOutcome.Passed);
        result.IsSuccess.ShouldBeTrue();
        probe.Contexts.Distinct().Count().ShouldBe(4, "one CalculatorContext per scenario, shared by its binding classes");
        probe.Contexts.ShouldAllBe(c => c.Disposed);
        result.Scenarios.First().Steps[0].Output.ShouldContain("calculator ready");
    }

    [Fact]
    public async Task RunAllAsync_TheTypesAScenarioContainerBuilt_KeepTheirConstructorsThroughACollection()
    {
        // Reqnroll's container builds scenario objects by ConstructorInfo.Invoke; were the type's weakly held reflection
        // cache dropped by a collection, its constructors (and their emitted invoke stubs) would be made again
        var folder = SampleRuns.TempFolder();
        await using var run = SampleRuns.Create("Calculator.feature", folder);
        await run.StartAsync();

        (await run.RunAllAsync()).IsSuccess.ShouldBeTrue();

        ReflectionCaches.IsKept(typeof(CalculatorContext)).ShouldBeTrue();
        var before = ConstructorIdentity(typeof(CalculatorContext));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        ConstructorIdentity(typeof(CalculatorContext)).ShouldBe(before, "the same ConstructorInfo after a full collection");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int ConstructorIdentity(Type type) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(type.GetConstructors()[0]);

    [Fact]
    public async Task RunPickleAsync_FailingStep_MessageOpensWithTheAssertionThenNamesTheStep()
    {
        await using var run = SampleRuns.Create("Outcomes.feature", SampleRuns.TempFolder());

        var outcome = await run.RunPickleAsync(run.FindPickles("Failing step").Single());

        outcome.Outcome.ShouldBe(TestOutcome.Failed);
        outcome.Message!.Split('\n')[0].ShouldBe("expected the result 99, but the calculator shows 0");
        outcome.Message.ShouldContain("at step 'Then the result should be 99' (line 16)");
        outcome.Output.ShouldContain("calculator ready");
    }

    [Fact]
    public async Task RunPickleAsync_UndefinedStep_FailsWithReqnrollsSnippet()
    {
        await using var run = SampleRuns.Create("Outcomes.feature", SampleRuns.TempFolder());

        var outcome = await run.RunPickleAsync(run.FindPickles("Undefined step").Single());

        outcome.Outcome.ShouldBe(TestOutcome.Undefined);
        outcome.IsFailure.ShouldBeTrue();
        outcome.Message.ShouldNotBeNull().ShouldContain("No matching step definition found");
        outcome.Message.ShouldContain("[When(\"I do something nobody wrote with {string} and {int} items\")]");
    }

    [Theory]
    [InlineData("Ambiguous step", TestOutcome.Ambiguous, "Ambiguous step definitions found")]
    [InlineData("Pending step", TestOutcome.Pending, "not implemented yet")]
    [InlineData("Skipped for a capability", TestOutcome.Skipped, "the target has no controllable clock (@needs-clock)")]
    public async Task RunPickleAsync_Outcome_IsReportedWithItsReason(string scenario, TestOutcome expected, string reason)
    {
        await using var run = SampleRuns.Create("Outcomes.feature", SampleRuns.TempFolder());

        var outcome = await run.RunPickleAsync(run.FindPickles(scenario).Single());

        outcome.Outcome.ShouldBe(expected);
        outcome.Message.ShouldNotBeNull().ShouldContain(reason, Case.Insensitive);
    }

    [Fact]
    public async Task FinishAsync_Outcomes_ResultsFromTheMessagesAgreeWithWhatTheRunnerSaw()
    {
        var folder = SampleRuns.TempFolder();
        await using var run = SampleRuns.Create("Outcomes.feature", folder);
        var seen = new List<PickleOutcome>();
        foreach (var pickle in run.Pickles)
        {
            seen.Add(await run.RunPickleAsync(pickle));
        }

        var result = await run.FinishAsync();

        result.Scenarios.Select(s => (s.DisplayName, s.Outcome)).ShouldBe(seen.Select(o => (o.Pickle!.DisplayName, o.Outcome)));
        result.Scenarios.Single(s => s.Name == "Skipped for a capability").SkipReason.ShouldBe("the target has no controllable clock (@needs-clock)");
        var failing = result.Scenarios.Single(s => s.Name == "Failing step");
        failing.ErrorMessage!.Split('\n')[0].ShouldBe("expected the result 99, but the calculator shows 0");
        failing.Steps.Select(s => s.Outcome).ShouldBe([TestOutcome.Passed, TestOutcome.Passed, TestOutcome.Failed, TestOutcome.Skipped]);
        File.ReadAllText(Path.Combine(folder, "junit.xml")).ShouldContain("<testcase classname=\"Outcomes\" name=\"Outcomes: Failing step\"");
        File.Exists(Path.Combine(folder, "report.html")).ShouldBeTrue();
        File.ReadLines(Path.Combine(folder, "messages.ndjson")).Count(l => l.StartsWith("{\"testCase\":", StringComparison.Ordinal)).ShouldBe(5);
    }

    [Fact]
    public async Task RunAllAsync_Hooks_RunInReqnrollsOrderAroundStepsAndFailures()
    {
        await using var run = SampleRuns.Create("Hooks.feature", SampleRuns.TempFolder(), o => o.MaxParallelism = 1);
        await run.StartAsync();
        var probe = run.TestRunContainer.Resolve<RunProbe>();

        var result = await run.RunAllAsync();

        result.Scenarios.Select(s => s.Outcome).ShouldBe([TestOutcome.Passed, TestOutcome.Failed]);
        probe.Events.ToArray().ShouldBe([
            "before-test-run", "before-feature:Hook order",
            "before-scenario-10", "before-scenario-20", "before-tagged", "before-step:a step that records itself", "step", "after-step", "after-scenario:OK",
            "before-scenario-10", "before-scenario-20", "before-step:a step that records itself", "step", "after-step",
            "before-step:a step that throws", "after-step", "after-scenario:TestError",
            "after-feature", "after-test-run"]);
        result.Scenarios.Last().Steps.Where(s => s.IsHook).Select(s => s.Keyword.Trim()).ShouldBe(["BeforeScenario", "BeforeScenario", "BeforeStep", "AfterStep", "BeforeStep", "AfterStep", "AfterScenario"]);
    }

    [Fact]
    public async Task RunAllAsync_TablesAndDocStrings_BindThroughReqnrollAssist()
    {
        await using var run = SampleRuns.Create("Tables.feature", SampleRuns.TempFolder());

        var result = await run.RunAllAsync();

        result.Scenarios.Select(s => (s.Name, s.Outcome, s.ErrorMessage)).ShouldAllBe(s => s.Outcome == TestOutcome.Passed);
        result.Scenarios.Count().ShouldBe(3);
    }

    [Fact]
    public async Task Create_TagFilter_RunsOnlyTheSelectedPickles_AndTheirMessagesOnly()
    {
        var folder = SampleRuns.TempFolder();
        await using var run = SampleRuns.Create("Calculator.feature", folder, o => o.TagFilter = "@smoke");

        var result = await run.RunAllAsync();

        result.Scenarios.ShouldHaveSingleItem().Name.ShouldBe("Add two numbers");
        File.ReadLines(Path.Combine(folder, "messages.ndjson")).Count(l => l.StartsWith("{\"pickle\":", StringComparison.Ordinal)).ShouldBe(1);
    }
}
