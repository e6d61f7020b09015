namespace MfaConformance.Bdd.Tests.Xunit;

public sealed class XunitScenarioRunnerTests
{
    [Theory]
    [InlineData(TestOutcome.Passed, MissingOrPendingStepsOutcome.Error, "Passed")]
    [InlineData(TestOutcome.Skipped, MissingOrPendingStepsOutcome.Error, "Skipped")]
    [InlineData(TestOutcome.Pending, MissingOrPendingStepsOutcome.Inconclusive, "Skipped")]
    [InlineData(TestOutcome.Undefined, MissingOrPendingStepsOutcome.Ignore, "Skipped")]
    [InlineData(TestOutcome.Undefined, MissingOrPendingStepsOutcome.Error, "Failed")]
    [InlineData(TestOutcome.Ambiguous, MissingOrPendingStepsOutcome.Ignore, "Failed")]
    [InlineData(TestOutcome.Failed, MissingOrPendingStepsOutcome.Ignore, "Failed")]
    public void Map_Outcome_FollowsMissingOrPendingStepsOutcome(TestOutcome outcome, MissingOrPendingStepsOutcome setting, string expected)
    {
        var result = new ScenarioResult { PickleId = "f:1", Name = "S", DisplayName = "F: S", FeatureTitle = "F", Outcome = outcome, ErrorMessage = "Step 'Given x' is undefined." };

        var mapped = XunitScenarioRunner.Map(result, setting);

        mapped.Kind.ToString().ShouldBe(expected);
        if (expected == "Failed")
        {
            mapped.Exception.ShouldBeOfType<ScenarioFailedException>().Message.ShouldBe("Step 'Given x' is undefined.");
        }
    }
}
