namespace MfaConformance.Explorer.Model;

/// <summary>
/// How many events of a list fall in "the window" now, under every reading the documentation allows: a window that
/// starts at its first event and restarts at the first event after it ended ("generation stays blocked until the window
/// resets", "the first attempt after it restarts the counter"), or a window that slides with now. Events at a window's
/// boundary (the clock may have run between the harness's requests) are counted both ways.
/// </summary>
public static class WindowCount
{
    /// <summary>The least and the most events any reading puts in the current window of <paramref name="seconds"/>.</summary>
    public static (int Min, int Max) Current(IReadOnlyList<Moment> events, Moment now, double seconds)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return (0, 0);
        }

        var slidingMin = events.Count(e => now.Since(e).Max < seconds);
        var slidingMax = events.Count(e => now.Since(e).Min <= seconds);
        var fixedCounts = new HashSet<int>();
        Fixed(events, 0, now, seconds, fixedCounts, 0);
        return (Math.Min(slidingMin, fixedCounts.Min()), Math.Max(slidingMax, fixedCounts.Max()));
    }

    private static void Fixed(IReadOnlyList<Moment> events, int start, Moment now, double seconds, HashSet<int> counts, int depth)
    {
        if (depth > 12)
        {
            // too many undecided boundaries to follow: allow anything from none to all
            counts.Add(0);
            counts.Add(events.Count - start);
            return;
        }

        var count = 1;
        for (var i = start + 1; i < events.Count; i++)
        {
            var age = events[i].Since(events[start]);
            if (age.Max < seconds)
            {
                count++;
                continue;
            }

            if (age.Min >= seconds)
            {
                Fixed(events, i, now, seconds, counts, depth + 1);
                return;
            }

            // undecided: event i may still be in this window, or may open the next one
            Fixed(events, i, now, seconds, counts, depth + 1);
            count++;
        }

        var open = now.Since(events[start]);
        if (open.Max < seconds)
        {
            counts.Add(count);
        }
        else if (open.Min >= seconds)
        {
            counts.Add(0);
        }
        else
        {
            counts.Add(count);
            counts.Add(0);
        }
    }
}
