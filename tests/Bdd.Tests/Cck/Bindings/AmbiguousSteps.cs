namespace MfaConformance.Bdd.Tests.Cck.Bindings;

/// <summary>The ambiguous sample: two regular expressions match the same step.</summary>
[Binding]
[Scope(Feature = "Ambiguous steps")]
public sealed class CckAmbiguousSteps
{
    [Given("^a (.*?) with (.*?)$")]
    public void First(string what, string with) => (what + with).ShouldNotBeNull();

    [Given("^a step with (.*?)$")]
    public void Second(string with) => with.ShouldNotBeNull();
}
