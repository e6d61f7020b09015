namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>A fact that is skipped, with the reason, when nats-server is not installed (.ci/run installs Debian's).</summary>
public sealed class NatsFactAttribute : FactAttribute
{
    public NatsFactAttribute()
    {
        if (NatsServer.Executable is null)
        {
            Skip = NatsServer.NotInstalled;
        }
    }
}
