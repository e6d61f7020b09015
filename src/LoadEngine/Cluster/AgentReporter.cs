using NATS.Client.Core;

namespace MfaConformance.LoadEngine.Cluster;

/// <summary>
/// Sends an agent's latest cumulative snapshot to the coordinator as a NATS request (the reply is the
/// acknowledgement). Snapshots are cumulative, so one lost in an outage is made good by the next; the final one is
/// retried until acknowledged.
/// </summary>
internal sealed class AgentReporter(NatsConnection nats, string subject, string agentId, TimeSpan timeout)
{
    private long _sequence;
    private int _sending;

    /// <summary>Called by the engine once per interval (never blocks it): sends unless the previous send is still out.</summary>
    public void Offer(RunSnapshot snapshot)
    {
        if (snapshot.Final || Interlocked.Exchange(ref _sending, 1) == 1)
        {
            _final = snapshot.Final ? snapshot : _final;
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await SendAsync(snapshot, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                Volatile.Write(ref _sending, 0);
            }
        });
    }

    private RunSnapshot? _final;

    public async Task SendFinalAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        if (_final is not { } final)
        {
            return;
        }

        var until = DateTimeOffset.UtcNow + patience;
        while (DateTimeOffset.UtcNow < until && !cancellationToken.IsCancellationRequested)
        {
            if (await SendAsync(final, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> SendAsync(RunSnapshot snapshot, CancellationToken cancellationToken)
    {
        var report = new AgentReport(agentId, Interlocked.Increment(ref _sequence), snapshot);
        try
        {
            var reply = await nats.RequestAsync<byte[], byte[]>(subject, ClusterProtocol.Encode(report), replyOpts: new NatsSubOpts { Timeout = timeout }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return reply.Data is { Length: > 0 };
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
