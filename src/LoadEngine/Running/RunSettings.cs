using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine.Running;

/// <summary>Engine-wide settings shared by the scenario runners of one run.</summary>
internal sealed record RunSettings
{
    public ILoadClock Clock { get; init; } = new SystemLoadClock();

    public TimeSpan ReportingInterval { get; init; } = TimeSpan.FromSeconds(1);

    public int MaxConcurrency { get; init; } = 10_000;

    public TimeSpan LateStartBound { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Open model: a scenario that has dropped every start for this long is stopped (null: never).</summary>
    public TimeSpan? OverloadStopAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>This process's execution segment: starts k (open) and copies c (closed) with k mod Count == Index.</summary>
    public ExecutionSegment Segment { get; init; } = ExecutionSegment.Whole;

    /// <summary>Told every measured open-model start this process schedules: scenario and intended start from the measured origin.</summary>
    public Action<string, TimeSpan>? ScheduleLog { get; init; }

    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TextWriter Console { get; init; } = TextWriter.Null;

    /// <summary>The live instruments (OpenTelemetry export); null: none exist and nothing is recorded twice.</summary>
    public Telemetry.LoadMetrics? Metrics { get; init; }

    /// <summary>Run open-model iterations inline on the scheduler instead of the thread pool (deterministic tests).</summary>
    public bool InlineDispatch { get; init; }
}
