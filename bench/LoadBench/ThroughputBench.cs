using System.Diagnostics;
using MfaConformance.LoadEngine;
using RestSharp;

namespace MfaConformance.LoadBench;

/// <summary>(a) Maximum throughput on GET /ping with N connections: engine (closed model, RestSharp step) vs bare RestSharp loop.</summary>
internal static class ThroughputBench
{
    public static async Task<double> BareRestSharpAsync(Uri baseAddress, int connections, TimeSpan duration)
    {
        using var client = new RestClient(new RestClientOptions(baseAddress));
        long count = 0;
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var request = new RestRequest("ping");
            while (clock.Elapsed < duration)
            {
                var response = await client.ExecuteGetAsync(request).ConfigureAwait(false);
                if (response.IsSuccessful)
                {
                    Interlocked.Increment(ref count);
                }
            }
        }));
        await Task.WhenAll(loops).ConfigureAwait(false);
        return count / clock.Elapsed.TotalSeconds;
    }

    public static async Task<double> EngineAsync(Uri baseAddress, int connections, TimeSpan duration)
    {
        using var client = new RestClient(new RestClientOptions(baseAddress));
        var request = new RestRequest("ping");
        var scenario = Scenario.Create("ping_closed", async ctx => await Step.Run("ping", ctx, async () =>
            {
                var response = await client.ExecuteGetAsync(request).ConfigureAwait(false);
                return response.IsSuccessful
                    ? Response.Ok(statusCode: "200", bytesReceived: response.RawBytes?.Length ?? 0)
                    : Response.Fail(statusCode: ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }).ConfigureAwait(false))
            .WithLoadSimulations(Simulation.KeepConstant(connections, duration));
        var result = await LoadRunner.RegisterScenarios(scenario).WithoutReports().WithConsoleProgress(false).RunAsync().ConfigureAwait(false);
        var stats = result.Stats.Scenarios[0];
        return stats.Total.Ok.Count / stats.Duration.TotalSeconds;
    }
}
