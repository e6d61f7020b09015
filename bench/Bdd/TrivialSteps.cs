namespace MfaConformance.Bdd.Bench;

internal sealed class CounterContext
{
    public int Value { get; set; }
}

[Binding]
internal sealed class TrivialSteps(CounterContext counter)
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
