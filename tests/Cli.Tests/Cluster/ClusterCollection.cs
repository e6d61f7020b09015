namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>Cluster tests run one at a time: each starts its own nats-server and agent processes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "cluster";
}
