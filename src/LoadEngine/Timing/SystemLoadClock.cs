using System.Diagnostics;

namespace MfaConformance.LoadEngine.Timing;

/// <summary>
/// The real clock (Stopwatch). Waits sleep until about 1 ms before the due time, then yield until it, so open-model
/// starts leave within a fraction of a millisecond of their intended time without burning a core.
/// </summary>
public sealed class SystemLoadClock : ILoadClock
{
    private static readonly TimeSpan SpinWindow = TimeSpan.FromMilliseconds(1);
    private readonly long _origin = Stopwatch.GetTimestamp();

    /// <inheritdoc />
    public TimeSpan Now => Stopwatch.GetElapsedTime(_origin);

    /// <inheritdoc />
    public async ValueTask DelayUntilAsync(TimeSpan due, CancellationToken cancellationToken)
    {
        var remaining = due - Now;
        if (remaining > SpinWindow + SpinWindow)
        {
            await Task.Delay(remaining - SpinWindow, cancellationToken).ConfigureAwait(false);
        }

        while (Now < due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
        }
    }
}
