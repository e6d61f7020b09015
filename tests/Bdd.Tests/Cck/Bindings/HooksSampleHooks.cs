namespace MfaConformance.Bdd.Tests.Cck.Bindings;

/// <summary>The hooks sample: a before and an after hook for every scenario of its feature.</summary>
[Binding]
[Scope(Feature = "Hooks")]
public sealed class HooksSampleHooks
{
    [BeforeScenario]
    public void Before()
    {
    }

    [AfterScenario]
    public void After()
    {
    }
}
