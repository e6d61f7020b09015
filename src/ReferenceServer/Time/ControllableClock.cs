namespace MfaConformance.ReferenceServer.Time;

/// <summary>A clock that follows the real clock plus an offset that only grows (moved by the clock hook).</summary>
internal sealed class ControllableClock(TimeProvider inner) : TimeProvider
{
    /// <summary>
    /// Room kept between the latest reachable "now" and <see cref="DateTimeOffset.MaxValue"/>, so that every validity
    /// period the server adds to now (at most 300 days: <c>otpTimeOut</c>; sessions, tokens and keys at most 30 days)
    /// stays representable. The clock never passes <see cref="Latest"/>, so no hook call can make the API unusable.
    /// </summary>
    public static readonly TimeSpan Headroom = TimeSpan.FromDays(3660);

    private long _offsetTicks;

    /// <summary>The latest time the clock can show.</summary>
    public static DateTimeOffset Latest { get; } = DateTimeOffset.MaxValue - Headroom;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>
    /// Moves the clock forward by <paramref name="by"/>, or returns false (and moves nothing) when that would take it past
    /// <see cref="Latest"/>. A negative amount is refused by the caller, never applied.
    /// </summary>
    public bool TryAdvance(TimeSpan by, out DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        while (true)
        {
            var offset = Interlocked.Read(ref _offsetTicks);
            var current = inner.GetUtcNow() + TimeSpan.FromTicks(offset);
            if (by > Latest - current)
            {
                now = current;
                return false;
            }

            if (Interlocked.CompareExchange(ref _offsetTicks, offset + by.Ticks, offset) == offset)
            {
                now = GetUtcNow();
                return true;
            }
        }
    }
}
