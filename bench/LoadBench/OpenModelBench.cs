using System.Diagnostics;
using MfaConformance.LoadEngine;
using MfaConformance.LoadEngine.Stats;

namespace MfaConformance.LoadBench;

/// <summary>(b) Fixed open-model rate on GET /ping: engine Inject vs a bare HttpClient open loop, both timed from the intended start.</summary>
internal static class OpenModelBench
{
    public static async Task<(double P50Ms, double P99Ms, long Count)> BareHttpClientAsync(Uri baseAddress, int rate, TimeSpan duration)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new long[total];
        var done = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        var scheduler = new Thread(() =>
        {
            for (var k = 0; k < total; k++)
            {
                var due = TimeSpan.FromTicks(k * TimeSpan.TicksPerSecond / rate);
                for (var remaining = due - clock.Elapsed; remaining > TimeSpan.Zero; remaining = due - clock.Elapsed)
                {
                    if (remaining > TimeSpan.FromMilliseconds(2))
                    {
                        Thread.Sleep(remaining - TimeSpan.FromMilliseconds(1));
                    }
                    else
                    {
                        Thread.Yield();
                    }
                }

                var index = k;
                ThreadPool.UnsafeQueueUserWorkItem(
                    async _ =>
                    {
                        using var response = await http.GetAsync("ping").ConfigureAwait(false);
                        await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                        latencies[index] = (clock.Elapsed - due).Ticks;
                        if (Interlocked.Increment(ref done) == total)
                        {
                            all.SetResult();
                        }
                    },
                    null);
            }
        })
        { IsBackground = true, Name = "bare-open-loop" };
        scheduler.Start();
        await all.Task.ConfigureAwait(false);
        Array.Sort(latencies);
        return (Ms(latencies[(int)Math.Ceiling(0.50 * total) - 1]), Ms(latencies[(int)Math.Ceiling(0.99 * total) - 1]), total);
    }

    public static async Task<(LatencyStats Latency, LatencyStats Service, long Count, long Late)> EngineAsync(Uri baseAddress, int rate, TimeSpan duration)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var scenario = Scenario.Create("ping_open", async ctx => await Step.Run("ping", ctx, async () =>
            {
                using var response = await http.GetAsync("ping", ctx.CancellationToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync(ctx.CancellationToken).ConfigureAwait(false);
                return response.IsSuccessStatusCode ? Response.Ok(statusCode: "200", bytesReceived: body.Length) : Response.Fail(statusCode: ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }).ConfigureAwait(false))
            .WithLoadSimulations(Simulation.Inject(rate, TimeSpan.FromSeconds(1), duration));
        var result = await LoadRunner.RegisterScenarios(scenario).WithoutReports().WithConsoleProgress(false).RunAsync().ConfigureAwait(false);
        var stats = result.Stats.Scenarios[0];
        return (stats.Total.Ok.Latency, stats.Total.Ok.ServiceTime, stats.Total.Ok.Count, stats.LateStarts);
    }

    private static double Ms(long ticks) => Math.Round(ticks / (double)TimeSpan.TicksPerMillisecond, 3);
}
