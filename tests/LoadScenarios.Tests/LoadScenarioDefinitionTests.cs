using MfaConformance.LoadEngine;

namespace MfaConformance.LoadScenarios.Tests;

public sealed class LoadScenarioDefinitionTests
{
    [Fact]
    public void AbortLimit_Always_IsAnAbortLimitThatSaysWhyItIsThere()
    {
        // issue 20: every report showed an implicit fail_rate < 50% threshold without saying that it is the abort limit
        var definition = new LoadScenarioDefinition("flow", "a flow", Scenario.Create("flow", _ => Task.FromResult(Response.Ok())), ["step"]);

        var limit = definition.AbortLimit();

        limit.Expression.ShouldBe("fail_rate(scenario=flow) < 50%");
        limit.AbortOnFail.ShouldBeTrue();
        limit.StartCheckAfter.ShouldBe(TimeSpan.FromSeconds(10));
        limit.Description.ShouldNotBeNull().ShouldContain("more than half of the iterations failing means the target is down or overloaded");
    }
}
