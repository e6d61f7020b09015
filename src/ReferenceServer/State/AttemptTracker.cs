using System.Collections.Concurrent;

namespace MfaConformance.ReferenceServer.State;

/// <summary>Counts wrong OTPs and passwords per customer and kind inside the CONF_INCORRECT_ATTEMPT_INTERVAL window.</summary>
internal sealed class AttemptTracker(TimeProvider clock)
{
    private readonly ConcurrentDictionary<(CustomerKey, AttemptKind), Counter> _counters = new();

    /// <summary>
    /// Records a wrong attempt; returns true when the limit is now reached (the counter then restarts). The window
    /// restarts at the first attempt after it; <paramref name="windowStart"/> is when the window holding this one began.
    /// </summary>
    public bool RecordFailure(CustomerKey customer, AttemptKind kind, int limit, TimeSpan window, out DateTimeOffset windowStart)
    {
        var counter = _counters.GetOrAdd((customer, kind), _ => new Counter());
        var now = clock.GetUtcNow();
        lock (counter)
        {
            if (counter.Count == 0 || now - counter.WindowStart > window)
            {
                counter.Count = 0;
                counter.WindowStart = now;
            }

            counter.Count++;
            windowStart = counter.WindowStart;
            if (counter.Count < limit)
            {
                return false;
            }

            counter.Count = 0;
            return true;
        }
    }

    public void Reset(CustomerKey customer, AttemptKind kind) => _counters.TryRemove((customer, kind), out _);

    private sealed class Counter
    {
        public int Count { get; set; }

        public DateTimeOffset WindowStart { get; set; }
    }
}
