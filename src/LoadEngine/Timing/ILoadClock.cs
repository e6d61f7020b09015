namespace MfaConformance.LoadEngine.Timing;

/// <summary>The engine's monotonic clock: elapsed time since the clock's origin, and waiting until a point on it.</summary>
public interface ILoadClock
{
    /// <summary>Elapsed time since the clock's origin.</summary>
    TimeSpan Now { get; }

    /// <summary>Completes when <see cref="Now"/> has reached <paramref name="due"/> (at once if it already has).</summary>
    ValueTask DelayUntilAsync(TimeSpan due, CancellationToken cancellationToken);
}
