namespace MfaConformance.Bdd.Tests.Bindings;

public sealed class StepKeywordTests
{
    [Fact]
    public async Task Run_StepDefinitionAndKeywords_MatchAsReqnrollDoes()
    {
        var runtime = Runtime.RuntimeFactory.FromText(
            "Feature: F\n  Scenario: S\n    Given anything\n    When anything\n    Then only then\n    But anything\n",
            null, typeof(KeywordSteps));

        var result = await runtime.RunScenarioAsync(runtime.AllPickles.Single());

        result.Outcome.ShouldBe(TestOutcome.Passed, result.ErrorMessage);
    }

    [Fact]
    public async Task Run_ThenBindingUsedByGiven_IsUndefined()
    {
        var runtime = Runtime.RuntimeFactory.FromText("Feature: F\n  Scenario: S\n    Given only then\n", null, typeof(KeywordSteps));

        var result = await runtime.RunScenarioAsync(runtime.AllPickles.Single());

        result.Outcome.ShouldBe(TestOutcome.Undefined);
    }

    public sealed class KeywordSteps
    {
        [StepDefinition("anything")]
        public void Anything()
        {
        }

        [Then("only then")]
        public static void OnlyThen()
        {
        }
    }
}
