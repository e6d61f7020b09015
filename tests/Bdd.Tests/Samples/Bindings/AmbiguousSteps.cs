namespace MfaConformance.Bdd.Tests.Samples.Bindings;

[Binding]
public sealed class AmbiguousSteps
{
    [Given("a step that two bindings match")]
    public void First()
    {
    }

    [Given(@"^a step that (\w+) bindings match$")]
    public void Second(string count) => count.ShouldNotBeNull();
}
