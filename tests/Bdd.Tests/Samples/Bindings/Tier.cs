namespace MfaConformance.Bdd.Tests.Samples.Bindings;

public enum Tier
{
    Silver,
    Gold,
}
