using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine.Running;

/// <summary>
/// The open model: starts on a fixed timeline, latency from the intended start. With the real clock the
/// scheduling loop runs on a dedicated thread (precise waits, never queued behind iterations); iterations run on
/// the thread pool. With another clock (tests) the loop awaits the clock.
/// </summary>
internal sealed partial class ScenarioRunner
{
    private TimeSpan? _droppingSince;

    /// <summary>Runs one open-model iteration; called by the thread pool (or inline in tests).</summary>
    public async Task RunOpenIterationAsync(ScenarioContext ctx)
    {
        try
        {
            var now = Clock.Now;
            var lag = now - ctx.IntendedStart;
            ctx.ActualStart = now;
            ctx.PendingLag = lag;
            if (ctx.Recording)
            {
                Recorder.ObserveStartLag(lag);
                if (lag > _settings.LateStartBound)
                {
                    Recorder.CountLateStart();
                    Metrics?.CountLateStart(Name);
                }
            }

            await RunIterationCoreAsync(ctx).ConfigureAwait(false);
        }
        finally
        {
            if (Interlocked.Decrement(ref _inFlight) == 0)
            {
                Volatile.Read(ref _drained)?.TrySetResult();
            }
        }
    }

    private Task<TimeSpan> RunOpenPhaseAsync(OpenTimeline timeline, TimeSpan phaseStart, bool recording) =>
        Clock is SystemLoadClock system && !_settings.InlineDispatch
            ? Task.Factory.StartNew(() => RunOpenPhaseOnThread(system, timeline, phaseStart, recording), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : RunOpenPhaseAwaitingAsync(timeline, phaseStart, recording);

    private TimeSpan RunOpenPhaseOnThread(SystemLoadClock clock, OpenTimeline timeline, TimeSpan phaseStart, bool recording)
    {
        var end = phaseStart + timeline.Length;
        var token = StopToken;
        var segment = _settings.Segment;
        for (var k = segment.FirstFrom(0); k < timeline.Count; k += segment.Count)
        {
            var due = phaseStart + timeline.At(k);
            if (!clock.WaitUntil(due, token))
            {
                return end;
            }

            Start(k, due, recording);
        }

        clock.WaitUntil(end, token);
        return end;
    }

    private async Task<TimeSpan> RunOpenPhaseAwaitingAsync(OpenTimeline timeline, TimeSpan phaseStart, bool recording)
    {
        var end = phaseStart + timeline.Length;
        var segment = _settings.Segment;
        for (var k = segment.FirstFrom(0); k < timeline.Count; k += segment.Count)
        {
            var due = phaseStart + timeline.At(k);
            if (!await WaitUntilAsync(due).ConfigureAwait(false))
            {
                return end;
            }

            Start(k, due, recording);
        }

        await WaitUntilAsync(end).ConfigureAwait(false);
        return end;
    }

    private void Start(long k, TimeSpan due, bool recording)
    {
        if (recording)
        {
            _settings.ScheduleLog?.Invoke(Name, due - MeasuredOrigin);
        }

        if (Volatile.Read(ref _inFlight) >= _settings.MaxConcurrency)
        {
            if (recording)
            {
                Recorder.CountDroppedStart();
                Metrics?.CountDroppedStart(Name);
            }

            _droppingSince ??= due;
            if (_settings.OverloadStopAfter is { } limit && due - _droppingSince.Value >= limit)
            {
                Stop(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"overloaded: {_settings.MaxConcurrency} iterations were in flight (max concurrency) for {limit.TotalSeconds:0.#} s, so every start was dropped; the target or this generator cannot keep up with the rate"));
            }

            return;
        }

        _droppingSince = null;

        Interlocked.Increment(ref _inFlight);
        var ctx = new ScenarioContext(this, (int)Math.Min(k, int.MaxValue));
        ctx.Begin(Interlocked.Increment(ref _invocation) - 1, due, recording);
        if (_settings.InlineDispatch)
        {
            _ = RunOpenIterationAsync(ctx);
        }
        else
        {
            ThreadPool.UnsafeQueueUserWorkItem(ctx, preferLocal: false);
        }
    }
}
