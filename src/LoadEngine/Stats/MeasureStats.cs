namespace MfaConformance.LoadEngine.Stats;

/// <summary>
/// The ok or the fail side of a scenario or step. <see cref="Latency"/> is measured from the intended start
/// (coordinated-omission correct); <see cref="ServiceTime"/> from the actual start.
/// </summary>
public sealed record MeasureStats(long Count, double Rps, LatencyStats Latency, LatencyStats ServiceTime, long BytesSent, long BytesReceived);
