namespace MfaConformance.Client.Fixtures;

/// <summary>The content of a fixtures file: the brand and its customers.</summary>
public sealed record IdentityFixtures(string Brand, IReadOnlyList<IdentityFixture> Customers);
