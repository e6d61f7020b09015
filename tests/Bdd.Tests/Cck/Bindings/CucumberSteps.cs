namespace MfaConformance.Bdd.Tests.Cck.Bindings;

/// <summary>The examples-tables sample.</summary>
[Binding]
public sealed class CucumberSteps(CckWorld world)
{
    [Given("there are {int} cucumbers")]
    public void GivenCucumbers(int count) => world.Count = count;

    [Given("there are {int} friends")]
    public void GivenFriends(int friends) => world.Friends = friends;

    [When("I eat {int} cucumbers")]
    public void WhenIEat(int count) => world.Count -= count;

    [Then("I should have {int} cucumbers")]
    public void ThenIShouldHave(int expected) => world.Count.ShouldBe(expected);

    [Then("each person can eat {int} cucumbers")]
    public void ThenEachCanEat(int share) => (world.Count / (1 + world.Friends)).ShouldBe(share);
}
