namespace MfaConformance.LoadScenarios.Tests.Support;

[CollectionDefinition(Name)]
public sealed class EmbeddedServerCollection : ICollectionFixture<EmbeddedServerFixture>
{
    public const string Name = "embedded server";
}
