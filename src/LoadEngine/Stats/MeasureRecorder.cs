using MfaConformance.LoadEngine.Histograms;

namespace MfaConformance.LoadEngine.Stats;

/// <summary>Accumulates one side (ok or fail) of a step: histograms in µs and byte counts.</summary>
internal sealed class MeasureRecorder
{
    private long _bytesSent;
    private long _bytesReceived;

    public LatencyHistogram Latency { get; } = new();

    public LatencyHistogram ServiceTime { get; } = new();

    public void Record(long latencyMicros, long serviceMicros, long bytesSent, long bytesReceived)
    {
        Latency.Record(latencyMicros);
        ServiceTime.Record(serviceMicros);
        if (bytesSent != 0)
        {
            Interlocked.Add(ref _bytesSent, bytesSent);
        }

        if (bytesReceived != 0)
        {
            Interlocked.Add(ref _bytesReceived, bytesReceived);
        }
    }

    public long BytesSent => Volatile.Read(ref _bytesSent);

    public long BytesReceived => Volatile.Read(ref _bytesReceived);

    /// <summary>Adds another machine's figures (exact).</summary>
    public void AddBytes(long sent, long received)
    {
        Interlocked.Add(ref _bytesSent, sent);
        Interlocked.Add(ref _bytesReceived, received);
    }

    public MeasureStats Snapshot(TimeSpan duration)
    {
        var count = Latency.Count;
        var seconds = duration.TotalSeconds;
        return new MeasureStats(
            count,
            seconds > 0 ? Math.Round(count / seconds, 2) : 0,
            LatencyStats.From(Latency),
            LatencyStats.From(ServiceTime),
            Volatile.Read(ref _bytesSent),
            Volatile.Read(ref _bytesReceived));
    }
}
