using MfaConformance.Targets.Errors;
using NATS.Client.Core;

namespace MfaConformance.Cli.Cluster;

/// <summary>Checks that the cluster's NATS server accepts a connection before anything else runs (pre-flight, customers, agents).</summary>
internal static class NatsProbe
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Throws <see cref="UnreachableException"/> (exit 3) naming the server (without credentials) when it cannot be reached.</summary>
    public static async Task EnsureReachableAsync(string natsUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(natsUrl);
        var address = new Uri(natsUrl, UriKind.Absolute);
        await using var nats = new NatsConnection(new NatsOpts { Url = natsUrl, Name = "probe", ConnectTimeout = ConnectTimeout, MaxReconnectRetry = 0 });
        try
        {
            await nats.ConnectAsync().AsTask().WaitAsync(ConnectTimeout * 2, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new UnreachableException("the NATS server", address, ex.GetBaseException().Message, ex);
        }
    }
}
