namespace MfaConformance.Bdd.Tests.Samples.Bindings;

public sealed record Customer(string Mobile, string DisplayName, Tier Tier);
