namespace MfaConformance.Bdd.Tests.Samples.Bindings;

public sealed record Customer
{
    public string Mobile { get; init; } = string.Empty;

    public string DisplayName { get; init; } = string.Empty;

    public Tier Tier { get; init; }
}
