using System.Diagnostics;

namespace MfaConformance.Client.Transport;

/// <summary>
/// The W3C <c>traceparent</c> header every call carries: the current span's (<see cref="Activity.Current"/>: the load
/// engine's step of an iteration, the conformance runner's step of a scenario), so one trace is one iteration or one
/// scenario; a call made outside any span (set-up before a run) gets a trace of its own.
/// </summary>
public static class TraceParent
{
    /// <summary>The header's name.</summary>
    public const string HeaderName = "traceparent";

    /// <summary>
    /// False only in the benchmark (LoadBench's phase t), which measures the code path as it was before trace context
    /// existed, side by side with today's: no call carries the header. Always true in the harness.
    /// </summary>
    internal static bool Enabled { get; set; } = true;

    /// <summary>"00-{trace id}-{span id}-{flags}" of the current span, or of a new trace when there is none.</summary>
    public static string ForCurrentSpan() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { } id }
            ? id
            : string.Concat("00-", ActivityTraceId.CreateRandom().ToHexString(), "-", ActivitySpanId.CreateRandom().ToHexString(), "-00");

    /// <summary>The trace id (32 hex digits) of a traceparent value, or null when it is not one.</summary>
    public static string? TraceIdOf(string? traceparent) =>
        traceparent is { Length: >= 55 } && traceparent[2] == '-' && traceparent[35] == '-' ? traceparent.Substring(3, 32) : null;
}
