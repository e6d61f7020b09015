namespace MfaConformance.Bdd.Tests.Cck.Bindings;

/// <summary>The rules sample.</summary>
[Binding]
public sealed class RuleSteps(CckWorld world)
{
    [Given("the customer has {int} cents")]
    public void GivenMoney(int cents) => world.Money = cents;

    [Given("there are chocolate bars in stock")]
    public void GivenStock() => world.Stock.Add("Mars");

    [Given("there are no chocolate bars in stock")]
    public void GivenNoStock() => world.Stock.Clear();

    [When("the customer tries to buy a {int} cent chocolate bar")]
    public void WhenBuying(int price)
    {
        if (world.Money >= price && world.Stock.Count > 0)
        {
            world.Chocolate = world.Stock[^1];
            world.Stock.RemoveAt(world.Stock.Count - 1);
        }
    }

    [Then("the sale should not happen")]
    public void ThenNoSale() => world.Chocolate.ShouldBeNull();

    [Then("the sale should happen")]
    public void ThenSale() => world.Chocolate.ShouldNotBeNull();
}
