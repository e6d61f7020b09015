namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>The test classes that share one full `accept` run (<see cref="AcceptRunFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class AcceptRunCollection : ICollectionFixture<AcceptRunFixture>
{
    public const string Name = "one full accept run";
}
