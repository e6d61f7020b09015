using System.Diagnostics;
using MfaConformance.LoadEngine;
using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadBench;

/// <summary>
/// (b), (e) Fixed open-model rate on GET /ping: engine Inject vs a bare HttpClient open loop, both timed from the
/// intended start, both with the same connection pool (at most <see cref="Connections"/> connections: an unbounded
/// pool opened a socket per queued request and died of "Too many open files" at 20,000/s) and the same in-flight
/// bound (<see cref="MaxInFlight"/>; a start beyond it is dropped and counted, on both sides).
/// </summary>
internal static class OpenModelBench
{
    public const int Connections = 256;
    public const int MaxInFlight = 10_000;
    private static readonly TimeSpan LateBound = TimeSpan.FromMilliseconds(100);

    public sealed record Figures(double P50Ms, double P99Ms, long Completed, long Late, long Dropped, long Failed, double AchievedPerSecond);

    public static HttpClient NewClient(Uri baseAddress) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = Connections, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) }) { BaseAddress = baseAddress };

    public static async Task<Figures> BareHttpClientAsync(Uri baseAddress, int rate, TimeSpan duration)
    {
        using var http = NewClient(baseAddress);
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new long[total];
        long done = 0, late = 0, dropped = 0, failed = 0, inFlight = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new SystemLoadClock();
        var scheduler = new Thread(() =>
        {
            for (var k = 0; k < total; k++)
            {
                var due = TimeSpan.FromTicks(k * TimeSpan.TicksPerSecond / rate);
                OpenLoop.WaitUntil(clock, due);
                if (Interlocked.Read(ref inFlight) >= MaxInFlight)
                {
                    Interlocked.Increment(ref dropped);
                    latencies[k] = -1;
                    Complete();
                    continue;
                }

                Interlocked.Increment(ref inFlight);
                var index = k;
                ThreadPool.UnsafeQueueUserWorkItem(
                    async _ =>
                    {
                        if (clock.Now - due > LateBound)
                        {
                            Interlocked.Increment(ref late);
                        }

                        try
                        {
                            using var response = await http.GetAsync("ping").ConfigureAwait(false);
                            await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                            if (!response.IsSuccessStatusCode)
                            {
                                Interlocked.Increment(ref failed);
                            }
                        }
                        catch (HttpRequestException)
                        {
                            Interlocked.Increment(ref failed);
                        }

                        latencies[index] = (clock.Now - due).Ticks;
                        Interlocked.Decrement(ref inFlight);
                        Complete();
                    },
                    null);
            }
        })
        { IsBackground = true, Name = "bare-open-loop" };
        var started = Stopwatch.StartNew();
        scheduler.Start();
        await all.Task.ConfigureAwait(false);
        var measured = latencies.Where(l => l >= 0).Order().ToArray();
        return new Figures(Percentile(measured, 0.50), Percentile(measured, 0.99), measured.Length, late, dropped, failed, (total - dropped) / duration.TotalSeconds);

        void Complete()
        {
            if (Interlocked.Increment(ref done) == total)
            {
                all.TrySetResult();
            }
        }
    }

    public static async Task<(Figures Figures, double ServiceP50Ms, double ServiceP99Ms)> EngineAsync(Uri baseAddress, int rate, TimeSpan duration)
    {
        using var http = NewClient(baseAddress);
        var scenario = Scenario.Create("ping_open", async ctx => await Step.Run("ping", ctx, async () =>
            {
                using var response = await http.GetAsync("ping", ctx.CancellationToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync(ctx.CancellationToken).ConfigureAwait(false);
                return response.IsSuccessStatusCode ? Response.Ok(statusCode: "200", bytesReceived: body.Length) : Response.Fail(statusCode: ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }).ConfigureAwait(false))
            .WithLoadSimulations(Simulation.Inject(rate, TimeSpan.FromSeconds(1), duration));
        var result = await LoadRunner.RegisterScenarios(scenario).WithoutReports().WithConsoleProgress(false).WithMaxConcurrency(MaxInFlight).RunAsync().ConfigureAwait(false);
        var stats = result.Stats.Scenarios[0];
        var completed = stats.Total.Ok.Count + stats.Total.Fail.Count;
        var figures = new Figures(stats.Total.Ok.Latency.P50Ms, stats.Total.Ok.Latency.P99Ms, completed, stats.LateStarts, stats.DroppedStarts, stats.Total.Fail.Count, completed / duration.TotalSeconds);
        return (figures, stats.Total.Ok.ServiceTime.P50Ms, stats.Total.Ok.ServiceTime.P99Ms);
    }

    /// <summary>A 1 s warm-up of each side, then alternating halves (bare, engine, engine, bare) at one rate; prints both sides and the ratios.</summary>
    public static async Task CompareAsync(string phase, Uri baseAddress, int rate, TimeSpan duration)
    {
        var half = duration / 2;
        await BareHttpClientAsync(baseAddress, rate, TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        await EngineAsync(baseAddress, rate, TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        var bare1 = await BareHttpClientAsync(baseAddress, rate, half).ConfigureAwait(false);
        var engine1 = await EngineAsync(baseAddress, rate, half).ConfigureAwait(false);
        var engine2 = await EngineAsync(baseAddress, rate, half).ConfigureAwait(false);
        var bare2 = await BareHttpClientAsync(baseAddress, rate, half).ConfigureAwait(false);
        var bare = Mean(bare1, bare2);
        var engine = Mean(engine1.Figures, engine2.Figures);
        Console.WriteLine($"({phase}) open model, {rate}/s, 2 x {half.TotalSeconds}s per side, latency from intended start (ms; halves in brackets):");
        Print("bare HttpClient loop", bare, bare1, bare2);
        Print("engine Inject       ", engine, engine1.Figures, engine2.Figures);
        Console.WriteLine($"    engine service time   p50 {(engine1.ServiceP50Ms + engine2.ServiceP50Ms) / 2,8:0.000}  p99 {(engine1.ServiceP99Ms + engine2.ServiceP99Ms) / 2,8:0.000}");
        Console.WriteLine($"    ratio engine/bare p50 = {engine.P50Ms / bare.P50Ms:0.00}, p99 = {engine.P99Ms / bare.P99Ms:0.00}, achieved rate = {engine.AchievedPerSecond / bare.AchievedPerSecond:0.00}");
    }

    private static void Print(string name, Figures mean, Figures a, Figures b) =>
        Console.WriteLine($"    {name}  achieved {mean.AchievedPerSecond,8:0}/s  p50 {mean.P50Ms,8:0.000} [{a.P50Ms:0.000}, {b.P50Ms:0.000}]  p99 {mean.P99Ms,8:0.000} [{a.P99Ms:0.000}, {b.P99Ms:0.000}]  n={a.Completed + b.Completed}  late={a.Late + b.Late}  dropped={a.Dropped + b.Dropped}  failed={a.Failed + b.Failed}");

    private static Figures Mean(Figures a, Figures b) => new(
        (a.P50Ms + b.P50Ms) / 2, (a.P99Ms + b.P99Ms) / 2, a.Completed + b.Completed, a.Late + b.Late, a.Dropped + b.Dropped, a.Failed + b.Failed, (a.AchievedPerSecond + b.AchievedPerSecond) / 2);

    private static double Percentile(long[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : Math.Round(sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)] / (double)TimeSpan.TicksPerMillisecond, 3);
}
