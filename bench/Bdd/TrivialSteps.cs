using Reqnroll;

namespace MfaConformance.Bdd.Bench;

/// <summary>Three trivial Reqnroll bindings: the benchmark measures the runtime, not the steps.</summary>
[Binding]
public sealed class TrivialSteps(CounterContext counter)
{
    [Given("a counter at {int}")]
    public void GivenACounterAt(int start) => counter.Value = start;

    [When("it is incremented by {int}")]
    public Task WhenItIsIncrementedBy(int by)
    {
        counter.Value += by;
        return Task.CompletedTask;
    }

    [Then("it shows {int}")]
    public void ThenItShows(int expected)
    {
        if (counter.Value != expected)
        {
            throw new InvalidOperationException($"expected {expected}, got {counter.Value}");
        }
    }
}
