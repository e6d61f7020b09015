namespace MfaConformance.Bdd.Tests.Cck.Bindings;

/// <summary>The hooks-conditional sample: hooks selected by tags.</summary>
[Binding]
public sealed class ConditionalHooks
{
    [BeforeScenario("passing-hook")]
    public Task BeforePassing() => Task.CompletedTask;

    [BeforeScenario("fail-before")]
    public void BeforeFailing() => throw new InvalidOperationException("Exception in conditional hook");

    [AfterScenario("fail-after")]
    public void AfterFailing() => throw new InvalidOperationException("Exception in conditional hook");

    [AfterScenario("passing-hook")]
    public Task AfterPassing() => Task.CompletedTask;
}
