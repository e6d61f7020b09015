namespace MfaConformance.LoadEngine.Timing;

/// <summary>
/// A fake clock for tests. Time moves only through <see cref="Advance"/>, or, with <see cref="AutoAdvance"/>,
/// when someone waits for a later time (the clock jumps there at once: a virtual-time simulation that is exact
/// when one waiter drives it, e.g. an open-model scheduler whose iterations run inline).
/// </summary>
public sealed class ManualLoadClock : ILoadClock
{
    private readonly Lock _gate = new();
    private readonly List<(TimeSpan Due, TaskCompletionSource Done)> _waiters = [];
    private TimeSpan _now;

    /// <summary>When true, a wait for a later time moves the clock there at once.</summary>
    public bool AutoAdvance { get; init; }

    /// <inheritdoc />
    public TimeSpan Now
    {
        get
        {
            lock (_gate)
            {
                return _now;
            }
        }
    }

    /// <summary>Moves the clock forward and releases the waits that are due.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        List<TaskCompletionSource> due;
        lock (_gate)
        {
            due = MoveTo(_now + by);
        }

        Release(due);
    }

    /// <inheritdoc />
    public ValueTask DelayUntilAsync(TimeSpan due, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        List<TaskCompletionSource> released;
        lock (_gate)
        {
            if (due <= _now)
            {
                return ValueTask.CompletedTask;
            }

            if (!AutoAdvance)
            {
                var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                cancellationToken.Register(() => tcs.TrySetCanceled(cancellationToken));
                _waiters.Add((due, tcs));
                return new ValueTask(tcs.Task);
            }

            released = MoveTo(due);
        }

        Release(released);
        return ValueTask.CompletedTask;
    }

    private static void Release(List<TaskCompletionSource> due)
    {
        foreach (var tcs in due)
        {
            tcs.TrySetResult();
        }
    }

    private List<TaskCompletionSource> MoveTo(TimeSpan now)
    {
        _now = now;
        List<TaskCompletionSource> due = [];
        for (var i = _waiters.Count - 1; i >= 0; i--)
        {
            if (_waiters[i].Due <= _now)
            {
                due.Add(_waiters[i].Done);
                _waiters.RemoveAt(i);
            }
        }

        return due;
    }
}
