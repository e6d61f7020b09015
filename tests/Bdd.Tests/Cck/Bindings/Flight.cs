namespace MfaConformance.Bdd.Tests.Cck.Bindings;

/// <summary>The parameter-types sample's custom type.</summary>
public sealed record Flight(string From, string To);
