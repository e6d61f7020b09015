using System.Diagnostics;
using System.Text.Json;
using MfaConformance.Cli.Tests.Support;

namespace MfaConformance.Cli.Tests.Telemetry;

/// <summary>
/// A real Prometheus scrapes a live load run's --metrics-port every second; after the run (whose endpoint waits for one
/// more scrape) its counters equal the report's counts for every step and for the iterations.
/// </summary>
public sealed class PrometheusScrapeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [PrometheusFact]
    public async Task Load_WithMetricsPort_PrometheusCountersEqualTheReportForEveryStep()
    {
        var metricsPort = PrometheusServer.FreePort();
        using var prometheus = await PrometheusServer.StartAsync(metricsPort);
        await prometheus.WaitForFirstScrapeAttemptAsync(); // its scrape loop runs: it scrapes the run every second

        var run = await CliRun.RunAsync("load", "--rate", "10", "--duration", "4s", "--warm-up", "0s", "--no-preflight", "--no-progress",
            "--metrics-port", metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--reports", _folder.Path);

        run.ExitCode.ShouldBeOneOf([0, 1], run.Output + run.Error); // 1: a latency threshold broke on a busy machine (not this test's subject)
        run.Output.ShouldContain("waiting for two more scrapes", customMessage: "Prometheus scraped the endpoint during the run");
        var report = Directory.GetFiles(Path.Combine(_folder.Path, "load"), "report.json", SearchOption.AllDirectories).ShouldHaveSingleItem();
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var scenario = json.RootElement.GetProperty("scenarios")[0];
        var expected = scenario.GetProperty("steps").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("ok").GetProperty("count").GetInt64() + s.GetProperty("fail").GetProperty("count").GetInt64());
        var iterations = scenario.GetProperty("total").GetProperty("ok").GetProperty("count").GetInt64() + scenario.GetProperty("total").GetProperty("fail").GetProperty("count").GetInt64();
        expected.Count.ShouldBeGreaterThan(0);
        expected.Values.ShouldAllBe(c => c > 0);

        // The final scrape happened before the command returned; Prometheus may take a moment to make it queryable. Once
        // the endpoint closed, Prometheus marks its series stale (an instant query then finds none), so the test reads
        // each counter's highest value over the last minute: counters only grow, so that is the last scrape's.
        Dictionary<string, long> scraped = [];
        long scrapedIterations = 0;
        var waited = Stopwatch.StartNew();
        do
        {
            scraped = (await prometheus.QueryAsync("sum by (step) (max_over_time(mfa_load_steps_total[1m]))")).ToDictionary(r => r.Labels["step"], r => (long)r.Value);
            scrapedIterations = (long)(await prometheus.QueryAsync("sum(max_over_time(mfa_load_iterations_total[1m]))")).Sum(r => r.Value);
            if (scrapedIterations == iterations && expected.All(e => scraped.GetValueOrDefault(e.Key) == e.Value))
            {
                break;
            }

            await Task.Delay(200);
        }
        while (waited.Elapsed < TimeSpan.FromSeconds(15));

        var target = await prometheus.TargetStateAsync();
        scrapedIterations.ShouldBe(iterations, $"iterations: Prometheus's counter against the report (its target: {target})");
        foreach (var (step, count) in expected)
        {
            scraped.GetValueOrDefault(step).ShouldBe(count, $"step {step}: Prometheus's counter against the report");
        }
    }

    public void Dispose() => _folder.Dispose();
}
