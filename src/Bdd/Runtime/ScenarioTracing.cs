using System.Diagnostics;

namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// The conformance run's trace context: one trace per scenario (its span is a root, or a child of the load
/// iteration that runs it), one span per step below it. The HTTP client sends the current span as the W3C
/// <c>traceparent</c> header, so every call of a scenario carries the scenario's trace id. With nobody listening to
/// <see cref="SourceName"/> the spans are bare <see cref="Activity"/> objects: ids only, nothing exported.
/// </summary>
public static class ScenarioTracing
{
    /// <summary>The ActivitySource of the scenarios' and steps' spans.</summary>
    public const string SourceName = "MfaConformance.Conformance";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// False only in the benchmark (LoadBench's phase t), which measures the code path as it was before trace context
    /// existed, side by side with today's: no span is started. Always true in the harness.
    /// </summary>
    internal static bool Enabled { get; set; } = true;

    /// <summary>Starts a scenario's span under the current one (none in a conformance run) without making it current.</summary>
    internal static Activity? StartScenario(string title)
    {
        if (!Enabled)
        {
            return null;
        }

        var previous = Activity.Current;
        var activity = Source.StartActivity(title, ActivityKind.Internal) ?? new Activity(title).Start();
        Activity.Current = previous;
        return activity;
    }

    /// <summary>Starts a step's span, a child of the current span (the scenario's).</summary>
    internal static Activity? StartStep(string text) =>
        Enabled ? Source.StartActivity(text, ActivityKind.Internal) ?? new Activity(text).Start() : null;
}
