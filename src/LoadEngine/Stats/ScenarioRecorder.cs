using System.Collections.Concurrent;

namespace MfaConformance.LoadEngine.Stats;

/// <summary>All the recorders of one scenario: whole iterations, each step (by name), and start lateness.</summary>
internal sealed class ScenarioRecorder(string scenarioName, TimeSpan reportingInterval)
{
    private readonly ConcurrentDictionary<string, StepRecorder> _steps = new(StringComparer.Ordinal);
    private readonly List<string> _stepOrder = [];
    private long _lateStarts;
    private long _droppedStarts;
    private long _maxStartLagTicks;

    public string ScenarioName { get; } = scenarioName;

    public StepRecorder Total { get; } = new(scenarioName, reportingInterval);

    public long LateStarts => Volatile.Read(ref _lateStarts);

    public long DroppedStarts => Volatile.Read(ref _droppedStarts);

    /// <summary>The step recorders in first-seen order.</summary>
    public IReadOnlyList<StepRecorder> Steps
    {
        get
        {
            lock (_stepOrder)
            {
                return [.. _stepOrder.Select(n => _steps[n])];
            }
        }
    }

    public StepRecorder Step(string name)
    {
        if (_steps.TryGetValue(name, out var recorder))
        {
            return recorder;
        }

        lock (_stepOrder)
        {
            recorder = _steps.GetOrAdd(name, static (n, interval) => new StepRecorder(n, interval), reportingInterval);
            if (!_stepOrder.Contains(name))
            {
                _stepOrder.Add(name);
            }

            return recorder;
        }
    }

    public TimeSpan MaxStartLag => TimeSpan.FromTicks(Volatile.Read(ref _maxStartLagTicks));

    /// <summary>Adds another machine's start counts (exact); the lag is the maximum of both.</summary>
    public void AddStarts(long late, long dropped, TimeSpan maxLag)
    {
        Interlocked.Add(ref _lateStarts, late);
        Interlocked.Add(ref _droppedStarts, dropped);
        ObserveStartLag(maxLag);
    }

    public void CountLateStart() => Interlocked.Increment(ref _lateStarts);

    public void CountDroppedStart() => Interlocked.Increment(ref _droppedStarts);

    public void ObserveStartLag(TimeSpan lag)
    {
        var current = Volatile.Read(ref _maxStartLagTicks);
        while (lag.Ticks > current)
        {
            var seen = Interlocked.CompareExchange(ref _maxStartLagTicks, lag.Ticks, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    public ScenarioStats Snapshot(TimeSpan duration, IReadOnlyList<string> simulations, string? stopReason)
    {
        string[] order;
        lock (_stepOrder)
        {
            order = [.. _stepOrder];
        }

        var steps = new List<StepStats>(order.Length);
        foreach (var name in order)
        {
            steps.Add(_steps[name].Snapshot(duration));
        }

        return new ScenarioStats(
            ScenarioName,
            Total.Snapshot(duration),
            steps,
            LateStarts,
            DroppedStarts,
            Math.Round(TimeSpan.FromTicks(Volatile.Read(ref _maxStartLagTicks)).TotalMilliseconds, 3),
            duration,
            simulations,
            stopReason);
    }
}
