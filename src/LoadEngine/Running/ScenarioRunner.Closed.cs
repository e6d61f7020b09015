namespace MfaConformance.LoadEngine.Running;

/// <summary>The closed model: copies loop back to back; a ramp adds or retires copies linearly.</summary>
internal sealed partial class ScenarioRunner
{
    private long _budget = long.MaxValue;
    private int _targetCopies;

    private async Task<TimeSpan> RunClosedPhaseAsync(LoadSimulation simulation, int previousCopies, bool recording)
    {
        var start = Clock.Now;
        var end = simulation.Kind == SimulationKind.IterationsForConstant ? TimeSpan.MaxValue : start + simulation.During;
        Volatile.Write(ref _budget, simulation.Kind == SimulationKind.IterationsForConstant ? _settings.Segment.ShareOf(simulation.Iterations) : long.MaxValue);
        var ramp = simulation.Kind == SimulationKind.RampingConstant;
        var initial = ramp ? previousCopies : simulation.Copies;
        Volatile.Write(ref _targetCopies, initial);
        var loops = new List<Task>(Math.Max(initial, simulation.Copies));
        for (var copy = 0; copy < initial; copy++)
        {
            loops.Add(CopyLoopAsync(copy, end, recording));
        }

        var steps = Math.Abs(simulation.Copies - previousCopies);
        if (ramp && steps > 0)
        {
            var stepLength = simulation.During / steps;
            var direction = Math.Sign(simulation.Copies - previousCopies);
            for (var j = 1; j <= steps; j++)
            {
                if (!await WaitUntilAsync(start + (stepLength * (j - 0.5))).ConfigureAwait(false))
                {
                    break;
                }

                var target = previousCopies + (direction * j);
                Volatile.Write(ref _targetCopies, target);
                if (direction > 0)
                {
                    loops.Add(CopyLoopAsync(target - 1, end, recording));
                }
            }
        }

        await Task.WhenAll(loops).ConfigureAwait(false);
        if (end != TimeSpan.MaxValue)
        {
            // A ramp down to 0 copies (or 0 copies kept) still lasts its whole phase.
            await WaitUntilAsync(end).ConfigureAwait(false);
        }

        return Clock.Now;
    }

    private async Task CopyLoopAsync(int copy, TimeSpan end, bool recording)
    {
        await Task.Yield();
        if (!_settings.Segment.Owns(copy))
        {
            return; // another segment's copy
        }

        var ctx = new ScenarioContext(this, copy);
        while (!IsStopped && copy < Volatile.Read(ref _targetCopies) && Clock.Now < end && TakeIteration())
        {
            var now = Clock.Now;
            ctx.Begin(Interlocked.Increment(ref _invocation) - 1, now, recording);
            await RunIterationCoreAsync(ctx).ConfigureAwait(false);
        }
    }

    private bool TakeIteration() =>
        Volatile.Read(ref _budget) == long.MaxValue || Interlocked.Decrement(ref _budget) >= 0;
}
