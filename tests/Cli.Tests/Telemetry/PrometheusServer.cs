using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace MfaConformance.Cli.Tests.Telemetry;

/// <summary>
/// A real Prometheus (Debian's package; .ci/run installs it) on a free loopback port, scraping one target every second,
/// with its data in a temporary folder; started and stopped by the test.
/// </summary>
internal sealed class PrometheusServer : IDisposable
{
    /// <summary>Set to 1 (CI) to fail instead of skip when Prometheus is missing.</summary>
    public const string RequireVariable = "MFA_REQUIRE_PROMETHEUS";

    public const string NotInstalled = "prometheus is not installed (apt-get install -y prometheus; .ci/run does it): the Prometheus scrape test did not run";

    private readonly Process _process;
    private readonly string _folder;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private PrometheusServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
    }

    public static string? Executable { get; } = new[] { Environment.GetEnvironmentVariable("PROMETHEUS"), "/usr/bin/prometheus", "/usr/local/bin/prometheus" }
        .FirstOrDefault(p => p is not null && File.Exists(p));

    public Uri BaseUrl { get; }

    /// <summary>Starts Prometheus scraping http://127.0.0.1:<paramref name="targetPort"/>/metrics every second; returns once it is ready.</summary>
    public static async Task<PrometheusServer> StartAsync(int targetPort)
    {
        var folder = Directory.CreateTempSubdirectory("mfa-prometheus-").FullName;
        var config = Path.Combine(folder, "prometheus.yml");
        await File.WriteAllTextAsync(config, string.Create(CultureInfo.InvariantCulture, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
            scrape_configs:
              - job_name: mfa
                static_configs:
                  - targets: ['127.0.0.1:{targetPort}']
            """));
        var port = FreePort();
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(NotInstalled))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { $"--config.file={config}", $"--storage.tsdb.path={Path.Combine(folder, "data")}", $"--web.listen-address=127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("prometheus did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrometheusServer(process, folder, port);
        await server.WaitReadyAsync();
        return server;
    }

    /// <summary>An instant query's vector as (labels, value) pairs.</summary>
    public async Task<IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)>> QueryAsync(string promql)
    {
        var json = await _http.GetStringAsync(new Uri(BaseUrl, $"api/v1/query?query={Uri.EscapeDataString(promql)}"));
        using var document = JsonDocument.Parse(json);
        var results = new List<(IReadOnlyDictionary<string, string>, double)>();
        foreach (var item in document.RootElement.GetProperty("data").GetProperty("result").EnumerateArray())
        {
            var labels = item.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
            var value = double.Parse(item.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);
            results.Add((labels, value));
        }

        return results;
    }

    /// <summary>Waits until Prometheus has tried its target once (its scrape loop runs), at most 20 s.</summary>
    public async Task WaitForFirstScrapeAttemptAsync()
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            var json = await _http.GetStringAsync(new Uri(BaseUrl, "api/v1/targets"));
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.GetProperty("data").GetProperty("activeTargets").EnumerateArray()
                .Any(t => !t.GetProperty("lastScrape").GetString()!.StartsWith("0001-", StringComparison.Ordinal)))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("prometheus did not try its target within 20 s");
    }

    /// <summary>The scrape target's health, last error and last scrape (for failure messages).</summary>
    public async Task<string> TargetStateAsync()
    {
        var json = await _http.GetStringAsync(new Uri(BaseUrl, "api/v1/targets"));
        using var document = JsonDocument.Parse(json);
        return string.Join("; ", document.RootElement.GetProperty("data").GetProperty("activeTargets").EnumerateArray()
            .Select(t => $"{t.GetProperty("scrapeUrl").GetString()} {t.GetProperty("health").GetString()}, last error '{t.GetProperty("lastError").GetString()}', last scrape {t.GetProperty("lastScrape").GetString()} ({t.GetProperty("lastScrapeDuration").GetDouble():0.000} s)"));
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held: the temp folder is cleaned later
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitReadyAsync()
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with code {_process.ExitCode}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri(BaseUrl, "-/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("prometheus was not ready within 20 s");
    }
}
