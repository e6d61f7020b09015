namespace MfaConformance.Bdd.Tests.Bindings;

public sealed class BindingRegistryTests
{
    [Fact]
    public void Build_InvalidBindings_ListsEveryProblem()
    {
        var ex = Should.Throw<BddBindingException>(() => BindingRegistry.Build([typeof(BrokenBindings)]));

        ex.Message.ShouldContain("BrokenBindings.UnknownType: Unknown parameter type {nope}");
        ex.Message.ShouldContain("BrokenBindings.NotStatic: [BeforeTestRun] hooks must be static");
    }

    [Fact]
    public void Build_MethodNameConvention_MatchesWordsAndParameters()
    {
        var registry = BindingRegistry.Build([typeof(ConventionBindings)]);

        registry.StepDefinitions.Single().Regex.IsMatch("the customer has 3 devices").ShouldBeTrue();
    }

    public sealed class BrokenBindings
    {
        [Given("a {nope}")]
        public void UnknownType(string value) => value.ShouldNotBeNull();

        [BeforeTestRun]
        public void NotStatic()
        {
        }
    }

    public sealed class ConventionBindings
    {
        [Given]
        public void Given_the_customer_has_COUNT_devices(int count) => count.ShouldBePositive();
    }
}
