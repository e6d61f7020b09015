namespace MfaConformance.Bdd.Tests.Cck.Bindings;

/// <summary>The minimal, backgrounds, doc-strings and hooks samples' steps (the kit's .ts files, in C#).</summary>
[Binding]
public sealed class SimpleSamplesSteps
{
    [Given("I have {int} cukes in my belly")]
    public void GivenCukes(int count) => count.ShouldBeGreaterThanOrEqualTo(0);

    [Given("an order for {string}")]
    public void GivenAnOrder(string item) => item.ShouldNotBeNull();

    [When("an action")]
    public void WhenAnAction()
    {
    }

    [Then("an outcome")]
    public void ThenAnOutcome()
    {
    }

    [Given("a doc string:")]
    public void GivenADocString(string docString) => docString.ShouldNotBeNull();

    [When("a step passes")]
    public void WhenAStepPasses()
    {
    }

    [When("a step fails")]
    public void WhenAStepFails() => throw new InvalidOperationException("Exception in step");
}
