using MfaConformance.LoadEngine.Progress;
using MfaConformance.LoadEngine.Thresholds;
using Spectre.Console;

namespace MfaConformance.LoadEngine.Running;

/// <summary>
/// Ticks once per reporting interval while the scenarios run: refreshes the live progress and checks the
/// thresholds marked abortOnFail (after their startCheckAfter); a failing one stops every scenario.
/// </summary>
internal sealed class RunMonitor(LoadRunBuilder builder, RunSettings settings, IReadOnlyList<ScenarioRunner> runners, List<ThresholdResult> abortResults)
{
    private readonly long[] _lastCounts = new long[runners.Count];
    private readonly double[] _lastRps = new double[runners.Count];
    private TimeSpan _lastTick;

    public async Task WatchAsync(Task all)
    {
        var aborting = builder.ThresholdList.Where(t => t.AbortOnFail).ToList();
        // Live snapshots tick on the real clock only: a monitor waiting on a virtual clock would move it (tests get the final snapshot).
        var live = builder.SnapshotSink is not null && settings.Clock is Timing.SystemLoadClock;
        if (!builder.ConsoleProgress && aborting.Count == 0 && !live)
        {
            return;
        }

        var start = settings.Clock.Now;
        _lastTick = start;
        var planned = PlannedLength();
        await Display().RunAsync(async show =>
        {
            var next = start;
            while (!all.IsCompleted)
            {
                next += settings.ReportingInterval;
                await Task.WhenAny(all, settings.Clock.DelayUntilAsync(next, CancellationToken.None).AsTask()).ConfigureAwait(false);
                CheckAborts(aborting);
                Publish();
                show(Snapshot(settings.Clock.Now - start, planned));
            }

            show(Snapshot(settings.Clock.Now - start, planned));
        }).ConfigureAwait(false);
    }

    private void Publish()
    {
        if (settings.Clock is not Timing.SystemLoadClock)
        {
            return;
        }

        try
        {
            builder.SnapshotSink?.Invoke(Cluster.RunSnapshot.From(runners, final: false));
        }
        catch (InvalidOperationException ex)
        {
            // a live snapshot raced a writer: the next interval's (cumulative) snapshot makes up for it
            builder.Console.WriteLine($"live snapshot skipped: {ex.Message}");
        }
    }

    private IProgressDisplay Display()
    {
        if (!builder.ConsoleProgress)
        {
            return new PlainProgressDisplay(TextWriter.Null);
        }

        var live = UseLiveDisplay(
            ReferenceEquals(builder.Console, Console.Out),
            Console.IsOutputRedirected,
            AnsiConsole.Profile.Capabilities.Interactive,
            Environment.GetEnvironmentVariable("CI"),
            Environment.GetEnvironmentVariable("TERM"));
        return live ? new SpectreProgressDisplay(AnsiConsole.Console) : new PlainProgressDisplay(builder.Console);
    }

    /// <summary>
    /// The live table only on a terminal someone watches: the progress goes to the process's own console, which is not
    /// redirected (a file, a pipe, a CI log), interactive, not a CI runner (CI set) and not a dumb terminal. Otherwise
    /// a plain line per scenario and interval, which reads well in a log.
    /// </summary>
    internal static bool UseLiveDisplay(bool writesToConsole, bool outputRedirected, bool interactive, string? ci, string? term) =>
        writesToConsole && !outputRedirected && interactive && ci is null or "" or "0" or "false" && !string.Equals(term, "dumb", StringComparison.Ordinal);

    private void CheckAborts(List<Threshold> aborting)
    {
        if (aborting.Count == 0 || abortResults.Count > 0)
        {
            return;
        }

        var live = runners.Select(r => RunOrchestrator.Snapshot(r, cancelled: false)).ToList();
        var elapsed = runners.Count == 0 ? TimeSpan.Zero : runners.Min(r => r.MeasuredDuration);
        foreach (var threshold in aborting)
        {
            if (elapsed < threshold.StartCheckAfter)
            {
                continue;
            }

            var result = ThresholdEvaluator.Evaluate(threshold, live, abortedRun: true);
            if (!result.Passed)
            {
                abortResults.Add(result);
                foreach (var runner in runners)
                {
                    runner.Stop($"threshold '{result.Expression}' failed ({result.ActualText}); run aborted");
                }

                return;
            }
        }
    }

    private ProgressSnapshot Snapshot(TimeSpan elapsed, TimeSpan? planned)
    {
        var now = settings.Clock.Now;
        var seconds = (now - _lastTick).TotalSeconds;
        var fresh = seconds * 2 >= settings.ReportingInterval.TotalSeconds;
        if (fresh)
        {
            _lastTick = now;
        }

        var lines = new List<ScenarioProgress>(runners.Count);
        for (var i = 0; i < runners.Count; i++)
        {
            var total = runners[i].Recorder.Total;
            var ok = total.OkCount;
            var fail = total.FailCount;
            if (fresh)
            {
                _lastRps[i] = (ok + fail - _lastCounts[i]) / seconds;
                _lastCounts[i] = ok + fail;
            }

            var rps = _lastRps[i];
            lines.Add(new ScenarioProgress(
                runners[i].Name, ok, fail, rps, total.Ok.Latency.ValueAtPercentile(99) / 1000.0,
                runners[i].Recorder.LateStarts, runners[i].Recorder.DroppedStarts,
                runners[i].StopReason is { } reason ? $"stopped: {reason}" : runners[i].IsStopped ? "stopped: cancelled" : runners[i].MeasuredEnd is null ? "running" : "finished"));
        }

        TimeSpan? remaining = planned is { } p ? (p > elapsed ? p - elapsed : TimeSpan.Zero) : null;
        return new ProgressSnapshot(elapsed, remaining, lines);
    }

    private TimeSpan? PlannedLength()
    {
        var longest = TimeSpan.Zero;
        foreach (var runner in runners)
        {
            var props = runner.Props;
            var length = props.WarmUpDuration;
            double previousRate = 0;
            foreach (var simulation in props.LoadSimulations)
            {
                if (simulation.Kind == SimulationKind.IterationsForConstant)
                {
                    return null;
                }

                length += simulation.IsOpen ? OpenTimeline.For(simulation, previousRate).Length : simulation.During;
                previousRate = simulation.IsOpen ? simulation.Rate : 0;
            }

            longest = length > longest ? length : longest;
        }

        return longest;
    }
}
