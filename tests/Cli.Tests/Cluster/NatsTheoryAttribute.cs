namespace MfaConformance.Cli.Tests.Cluster;

/// <summary>A theory that is skipped, with the reason, when nats-server is not installed (.ci/run installs Debian's).</summary>
public sealed class NatsTheoryAttribute : TheoryAttribute
{
    public NatsTheoryAttribute()
    {
        if (NatsServer.Executable is null)
        {
            Skip = NatsServer.NotInstalled;
        }
    }
}
