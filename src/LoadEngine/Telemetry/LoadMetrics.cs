using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MfaConformance.LoadEngine.Telemetry;

/// <summary>
/// The engine's live figures as <see cref="System.Diagnostics.Metrics"/> instruments on the meter <see cref="MeterName"/>,
/// for an OpenTelemetry MeterProvider to export (OTLP, a Prometheus scrape endpoint). Created only when a run asks for
/// metrics (<see cref="LoadRunBuilder.WithMetrics"/>): without it no meter and no instrument exists, and the engine's hot
/// path pays one null check. The figures are the report's: measured iterations and steps only (not the warm-up),
/// latency from the intended start (coordinated-omission correct), errors by HTTP status and API error code.
/// </summary>
public sealed class LoadMetrics : IDisposable
{
    /// <summary>The meter's name (what a MeterProvider adds).</summary>
    public const string MeterName = "MfaConformance.Load";

    private static readonly double[] SecondsBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10];

    private readonly Meter _meter;
    private readonly Counter<long> _iterations;
    private readonly Counter<long> _steps;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _iterationLatency;
    private readonly Histogram<double> _stepLatency;
    private readonly Counter<long> _lateStarts;
    private readonly Counter<long> _droppedStarts;
    private readonly string? _agent;
    private readonly Lock _gate = new();
    private readonly List<Func<(string Scenario, int InFlight)>> _inFlightSources = [];

    /// <param name="agent">The agent's name in a cluster run: every measurement carries it as the attribute <c>agent</c>.</param>
    public LoadMetrics(string? agent = null)
    {
        _agent = agent;
        _meter = new Meter(MeterName);
        _iterations = _meter.CreateCounter<long>("mfa.load.iterations", "{iteration}", "Measured iterations by scenario and outcome (ok, fail).");
        _steps = _meter.CreateCounter<long>("mfa.load.steps", "{step}", "Measured steps by scenario, step and outcome (ok, fail).");
        _errors = _meter.CreateCounter<long>("mfa.load.errors", "{error}", "Failed steps by scenario, step, HTTP status and API error code.");
        var advice = new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets };
        _iterationLatency = _meter.CreateHistogram("mfa.load.iteration.duration", "s", "Iteration latency from its intended start (coordinated-omission correct).", advice: advice);
        _stepLatency = _meter.CreateHistogram("mfa.load.step.duration", "s", "Step latency from the iteration's intended start for its first step (coordinated-omission correct), by scenario, step and outcome.", advice: advice);
        _lateStarts = _meter.CreateCounter<long>("mfa.load.starts.late", "{start}", "Open-model starts that began later than the lateness bound after their intended time.");
        _droppedStarts = _meter.CreateCounter<long>("mfa.load.starts.dropped", "{start}", "Open-model starts dropped at the concurrency limit.");
        _meter.CreateObservableUpDownCounter("mfa.load.in_flight", ObserveInFlight, "{iteration}", "Iterations in flight by scenario.");
    }

    /// <summary>The agent attribute of every measurement, or null on a single machine.</summary>
    public string? Agent => _agent;

    public void Dispose() => _meter.Dispose();

    internal void RegisterInFlight(Func<(string Scenario, int InFlight)> source)
    {
        lock (_gate)
        {
            _inFlightSources.Add(source);
        }
    }

    internal void UnregisterInFlight(Func<(string Scenario, int InFlight)> source)
    {
        lock (_gate)
        {
            _inFlightSources.Remove(source);
        }
    }

    internal void RecordIteration(string scenario, Response response, long latencyMicros)
    {
        var tags = Tags(scenario);
        tags.Add("outcome", response.IsError ? "fail" : "ok");
        _iterations.Add(1, tags);
        _iterationLatency.Record(latencyMicros / 1e6, tags);
    }

    internal void RecordStep(string scenario, string step, Response response, long latencyMicros)
    {
        var tags = Tags(scenario);
        tags.Add("step", step);
        if (response.IsError)
        {
            var errorTags = tags;
            errorTags.Add("status", response.StatusCode ?? "none");
            errorTags.Add("code", response.ErrorCode ?? "none");
            _errors.Add(1, errorTags);
        }

        tags.Add("outcome", response.IsError ? "fail" : "ok");
        _steps.Add(1, tags);
        _stepLatency.Record(latencyMicros / 1e6, tags);
    }

    internal void CountLateStart(string scenario) => _lateStarts.Add(1, Tags(scenario));

    internal void CountDroppedStart(string scenario) => _droppedStarts.Add(1, Tags(scenario));

    private TagList Tags(string scenario)
    {
        var tags = new TagList { { "scenario", scenario } };
        if (_agent is not null)
        {
            tags.Add("agent", _agent);
        }

        return tags;
    }

    private IEnumerable<Measurement<long>> ObserveInFlight()
    {
        Func<(string Scenario, int InFlight)>[] sources;
        lock (_gate)
        {
            sources = [.. _inFlightSources];
        }

        foreach (var source in sources)
        {
            var (scenario, inFlight) = source();
            yield return new Measurement<long>(inFlight, Tags(scenario));
        }
    }
}
