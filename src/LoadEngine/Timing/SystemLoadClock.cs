using System.Diagnostics;

namespace MfaConformance.LoadEngine.Timing;

/// <summary>
/// The real clock (Stopwatch). <see cref="DelayUntilAsync"/> uses timers (about 1 ms precision) and is for
/// coarse waits; the open-model scheduler instead runs on its own thread and calls <see cref="WaitUntil"/>, which
/// sleeps (<see cref="PreciseSleep"/>: on Linux until about 150 µs before the due time, elsewhere 1 ms) and then
/// yields the CPU until it, so starts leave within microseconds of their intended time when a core is free.
/// </summary>
public sealed class SystemLoadClock : ILoadClock
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    /// <inheritdoc />
    public TimeSpan Now => Stopwatch.GetElapsedTime(_origin);

    /// <inheritdoc />
    public async ValueTask DelayUntilAsync(TimeSpan due, CancellationToken cancellationToken)
    {
        for (var remaining = due - Now; remaining > TimeSpan.Zero; remaining = due - Now)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling(remaining.TotalMilliseconds))), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Blocks the calling (dedicated) thread until <paramref name="due"/>; false when cancelled first.</summary>
    public bool WaitUntil(TimeSpan due, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var remaining = due - Now;
            if (remaining <= TimeSpan.Zero)
            {
                return true;
            }

            if (remaining > PreciseSleep.SpinMargin + PreciseSleep.SpinMargin)
            {
                PreciseSleep.For(remaining - PreciseSleep.SpinMargin, cancellationToken);
            }
            else
            {
                Thread.Yield();
            }
        }

        return false;
    }
}
