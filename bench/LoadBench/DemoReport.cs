using MfaConformance.LoadEngine;

namespace MfaConformance.LoadBench;

/// <summary>Phase "r" (not in the default run): a short two-step run with some failures, writing all four reports.</summary>
internal static class DemoReport
{
    public static async Task<LoadRunResult> RunAsync(Uri baseAddress, string folder)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var scenario = Scenario.Create("demo_ping", async ctx =>
            {
                var first = await Step.Run("ping", ctx, async () =>
                {
                    using var response = await http.GetAsync("ping", ctx.CancellationToken).ConfigureAwait(false);
                    return Response.Ok(statusCode: "200", bytesSent: 60, bytesReceived: 4);
                }).ConfigureAwait(false);
                return await Step.Run("validate", ctx, () => Task.FromResult(ctx.InvocationNumber % 20 == 0
                    ? Response.Fail(statusCode: "401", errorCode: "1505", message: "wrong password (password=*** redacted)")
                    : Response.Ok(statusCode: first.StatusCode))).ConfigureAwait(false);
            })
            .WithWarmUpDuration(TimeSpan.FromSeconds(1))
            .WithLoadSimulations(
                Simulation.RampingInject(200, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)),
                Simulation.Inject(200, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)));
        return await LoadRunner.RegisterScenarios(scenario)
            .WithThresholds("p99(step=ping) < 250ms", "fail_rate < 1%", "rps >= 100")
            .WithReportFolder(folder)
            .WithReportingInterval(TimeSpan.FromMilliseconds(500))
            .RunAsync().ConfigureAwait(false);
    }
}
