using System.Diagnostics;

namespace MfaConformance.LoadEngine.Telemetry;

/// <summary>
/// The load's trace context: one trace per iteration (a root span), one span per step below it. Every HTTP call made
/// inside carries the current span as its W3C <c>traceparent</c> (the client reads <see cref="Activity.Current"/>).
/// With nobody listening to <see cref="SourceName"/> (no --otlp) the spans are bare <see cref="Activity"/> objects:
/// ids only, nothing exported.
/// </summary>
public static class LoadTracing
{
    /// <summary>The ActivitySource of the load engine's spans.</summary>
    public const string SourceName = "MfaConformance.Load";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// False only in the benchmark (LoadBench's phase t), which measures the code path as it was before trace context
    /// existed, side by side with today's: no span is started. Always true in the harness.
    /// </summary>
    internal static bool Enabled { get; set; } = true;

    /// <summary>Starts the root span of an iteration (never a child of whatever is current).</summary>
    internal static Activity? StartIteration(string scenario)
    {
        Activity.Current = null;
        return Enabled ? Source.StartActivity(scenario, ActivityKind.Internal) ?? new Activity(scenario).Start() : null;
    }

    /// <summary>Starts the span of a step, a child of the current span (the iteration's).</summary>
    internal static Activity? StartStep(string step) =>
        Enabled ? Source.StartActivity(step, ActivityKind.Internal) ?? new Activity(step).Start() : null;

    /// <summary>The trace id of the current span as 32 hex digits, or null when there is none.</summary>
    internal static string? CurrentTraceId() => Activity.Current?.TraceId.ToHexString();
}
