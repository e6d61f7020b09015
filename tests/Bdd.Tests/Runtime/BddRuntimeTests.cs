using MfaConformance.Bdd.Tests.Samples.Bindings;

namespace MfaConformance.Bdd.Tests.Runtime;

public sealed class BddRuntimeTests
{
    [Fact]
    public async Task RunAsync_CalculatorFeature_PassesEveryPickleIncludingEachOutlineRow()
    {
        var result = await RuntimeFactory.Create("Calculator.feature").RunAsync();

        result.Scenarios.Select(s => s.DisplayName).ShouldBe(
        [
            "Calculator: Add two numbers",
            "Calculator: Add 1 and 2 [1, 2, 3, small]",
            "Calculator: Add -4 and 4 [-4, 4, 0, negative]",
            "Calculator: Add 10 and 0 [10, 0, 10, zero addend]",
        ]);
        result.Scenarios.ShouldAllBe(s => s.Outcome == TestOutcome.Passed);
    }

    [Fact]
    public async Task RunAsync_UndefinedStep_ReportsStepTextAndSnippet()
    {
        var result = await RuntimeFactory.Create("Outcomes.feature").RunAsync();

        var scenario = result.Scenario("Undefined step");
        scenario.Outcome.ShouldBe(TestOutcome.Undefined);
        scenario.ErrorMessage.ShouldNotBeNull().ShouldContain("When I do something nobody wrote with \"text\" and 42 items");
        scenario.Steps[1].Snippet.ShouldBe(
            "[When(@\"I do something nobody wrote with {string} and {int} items\")]\n"
                .Replace("\n", Environment.NewLine)
            + "public void WhenIDoSomethingNobodyWroteWithAndItems(string p0, int p1)" + Environment.NewLine
            + "{" + Environment.NewLine + "    throw new PendingStepException();" + Environment.NewLine + "}");
    }

    [Fact]
    public async Task RunAsync_AmbiguousStep_NamesEveryCandidate()
    {
        var result = await RuntimeFactory.Create("Outcomes.feature").RunAsync();

        var scenario = result.Scenario("Ambiguous step");
        scenario.Outcome.ShouldBe(TestOutcome.Ambiguous);
        scenario.ErrorMessage.ShouldNotBeNull().ShouldContain("'Given a step that two bindings match'");
        scenario.ErrorMessage.ShouldNotBeNull().ShouldContain("AmbiguousSteps.First()");
        scenario.ErrorMessage.ShouldNotBeNull().ShouldContain("AmbiguousSteps.Second(String)");
    }

    [Fact]
    public async Task RunAsync_FailingStep_ReportsFirstFailingStepAndSkipsTheRest()
    {
        var result = await RuntimeFactory.Create("Outcomes.feature").RunAsync();

        var scenario = result.Scenario("Failing step");
        scenario.Outcome.ShouldBe(TestOutcome.Failed);
        scenario.ErrorMessage.ShouldStartWith("Step 'Then the result should be 99' failed:");
        scenario.Steps.Select(s => s.Outcome).ShouldBe([TestOutcome.Passed, TestOutcome.Passed, TestOutcome.Failed, TestOutcome.Skipped]);
        scenario.Steps[2].Attachments.ShouldContain(new ScenarioAttachment("result", "text/plain", "result=0"));
    }

    [Fact]
    public async Task RunAsync_PendingAndSkippedSteps_ReportOutcomeAndReason()
    {
        var result = await RuntimeFactory.Create("Outcomes.feature").RunAsync();

        result.Scenario("Pending step").Outcome.ShouldBe(TestOutcome.Pending);
        var skipped = result.Scenario("Skipped for a capability");
        skipped.Outcome.ShouldBe(TestOutcome.Skipped);
        skipped.SkipReason.ShouldBe("the target has no controllable clock (@needs-clock)");
    }

    [Fact]
    public async Task RunAsync_DryRun_FindsProblemsWithoutCallingBindings()
    {
        var probe = new RunProbe();
        var runtime = RuntimeFactory.Create("Outcomes.feature", o => o.DryRun = true);
        runtime.RegisterInstance(probe);

        var result = await runtime.RunAsync();

        result.Scenario("Undefined step").Outcome.ShouldBe(TestOutcome.Undefined);
        result.Scenario("Ambiguous step").Outcome.ShouldBe(TestOutcome.Ambiguous);
        result.Scenario("Failing step").Outcome.ShouldBe(TestOutcome.Passed);
        probe.Contexts.ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_StopAtFirstError_SkipsScenariosAfterTheFirstFailure()
    {
        var runtime = RuntimeFactory.Create("Outcomes.feature", o => { o.StopAtFirstError = true; o.MaxParallelism = 1; });

        var result = await runtime.RunAsync();

        result.Scenario("Skipped for a capability").SkipReason.ShouldNotBeNull().ShouldContain("stopAtFirstError");
    }

    [Fact]
    public async Task RunAsync_TagFilter_SelectsMatchingPickles()
    {
        var runtime = RuntimeFactory.Create("Calculator.feature", o => o.TagFilter = "@smoke and not @serial");

        var result = await runtime.RunAsync();

        result.Scenarios.Select(s => s.Name).ShouldBe(["Add two numbers"]);
    }

    [Fact]
    public async Task RunAsync_ParallelScenarios_EachGetsItsOwnDisposedContext()
    {
        var probe = new RunProbe();
        var runtime = RuntimeFactory.Create("Calculator.feature", o => o.MaxParallelism = 4);
        runtime.RegisterInstance(probe);

        var result = await runtime.RunAsync();

        result.Scenarios.ShouldAllBe(s => s.Outcome == TestOutcome.Passed);
        probe.Contexts.Count.ShouldBe(4);
        probe.Contexts.Distinct().Count().ShouldBe(4);
        probe.Contexts.ShouldAllBe(c => c.Disposed);
    }

    [Fact]
    public void FindPickles_NameOrTagExpression_SelectsPickles()
    {
        var runtime = RuntimeFactory.Create("Calculator.feature");

        runtime.FindPickles("@smoke").Select(p => p.Name).ShouldBe(["Add two numbers"]);
        runtime.FindPickles("Add -4").Single().RowValues.ShouldBe(["-4", "4", "0", "negative"]);
        runtime.FindPickles("Calculator: Add two numbers").Count.ShouldBe(1);
    }
}
