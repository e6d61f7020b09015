using System.Diagnostics;
using MfaConformance.LoadEngine;

namespace MfaConformance.LoadBench;

/// <summary>(c) One million no-op iterations through the engine: managed memory before/after, allocation per iteration, rate; and a bare loop for scale.</summary>
internal static class MemoryBench
{
    public sealed record Figures(long Iterations, double Seconds, long ManagedBeforeBytes, long ManagedAfterBytes, long WorkingSetAfterBytes, double AllocatedBytesPerIteration);

    public static async Task<Figures> EngineAsync(long iterations, int copies)
    {
        var scenario = Scenario.Create("noop", async ctx => await Step.Run("noop", ctx, static () => Task.FromResult(Response.Ok())).ConfigureAwait(false))
            .WithLoadSimulations(Simulation.IterationsForConstant(copies, iterations));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = await LoadRunner.RegisterScenarios(scenario).WithoutReports().WithConsoleProgress(false).RunAsync().ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var count = result.Stats.Scenarios[0].Total.Ok.Count;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        using var process = Process.GetCurrentProcess();
        return new Figures(count, seconds, before, after, process.WorkingSet64, (double)allocated / Math.Max(1, count));
    }

    public static async Task<double> BareLoopSecondsAsync(long iterations, int copies)
    {
        Func<Task<bool>> work = static () => Task.FromResult(true);
        long remaining = iterations;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await work().ConfigureAwait(false);
            }
        }))).ConfigureAwait(false);
        return clock.Elapsed.TotalSeconds;
    }
}
