namespace MfaConformance.Bdd.Bench;

/// <summary>The per-scenario state of <see cref="TrivialSteps"/> (constructor-injected by Reqnroll).</summary>
public sealed class CounterContext
{
    public int Value { get; set; }
}
