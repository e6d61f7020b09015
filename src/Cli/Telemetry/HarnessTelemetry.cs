using System.Diagnostics.Metrics;
using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadEngine.Telemetry;
using MfaConformance.Targets.Settings;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MfaConformance.Cli.Telemetry;

/// <summary>
/// The OpenTelemetry SDK for one command, as its settings ask (`--otlp URL`, `--metrics-port N`): a MeterProvider over
/// the load engine's meter (<see cref="LoadMetrics"/>) exporting over OTLP/HTTP and/or serving a Prometheus scrape
/// endpoint, and a TracerProvider exporting the spans of scenarios, iterations and steps over OTLP. With neither setting
/// nothing is created (<see cref="Start"/> returns null): no provider, no listener, no instrument.
/// </summary>
internal sealed class HarnessTelemetry : IAsyncDisposable
{
    /// <summary>The service name of the exported resource.</summary>
    public const string ServiceName = "mfa-conformance";

    /// <summary>The meter only the Prometheus endpoint's provider reads: its callback counts the scrapes.</summary>
    private const string ScrapeMeterName = "MfaConformance.Load.Scrapes";

    /// <summary>The longest the endpoint waits after a run for its final scrape.</summary>
    public static readonly TimeSpan FinalScrapeWait = TimeSpan.FromSeconds(30);

    private readonly MeterProvider? _otlpMeters;
    private readonly MeterProvider? _prometheus;
    private readonly TracerProvider? _tracer;
    private readonly Meter? _scrapeMeter;
    private readonly TextWriter _output;
    private readonly int? _port;
    private long _scrapes;

    private HarnessTelemetry(HarnessSettings settings, string? agent, TextWriter output, bool metrics)
    {
        _output = output;
        _port = metrics ? settings.MetricsPort : null;
        void Resource(ResourceBuilder r) => r.AddService(ServiceName, serviceInstanceId: agent ?? $"{Environment.MachineName}-{Environment.ProcessId}")
            .AddAttributes(agent is null ? [] : [new KeyValuePair<string, object>("agent", agent)]);
        if (metrics && (settings.OtlpEndpoint is not null || settings.MetricsPort is not null))
        {
            Metrics = new LoadMetrics(agent);
        }

        if (Metrics is not null && settings.OtlpEndpoint is { } otlp)
        {
            _otlpMeters = Sdk.CreateMeterProviderBuilder()
                .ConfigureResource(Resource)
                .AddMeter(LoadMetrics.MeterName)
                .AddOtlpExporter((exporter, reader) =>
                {
                    Configure(exporter, otlp, "v1/metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 5000;
                })
                .Build();
        }

        if (Metrics is not null && _port is { } port)
        {
            _scrapeMeter = new Meter(ScrapeMeterName);
            _scrapeMeter.CreateObservableCounter("mfa.load.scrapes", () => Interlocked.Increment(ref _scrapes), "{scrape}", "Scrapes of this endpoint (counted when collected).");
            _prometheus = Sdk.CreateMeterProviderBuilder()
                .ConfigureResource(Resource)
                .AddMeter(LoadMetrics.MeterName, ScrapeMeterName)
                .AddPrometheusHttpListener(o =>
                {
                    o.Host = "localhost";
                    // every host name and interface (127.0.0.1, the machine's name, a pod's address): HttpListener matches prefixes by host
                    o.ConfigureHttpListener = (_, listener) =>
                    {
                        listener.Prefixes.Clear();
                        listener.Prefixes.Add($"http://+:{port}/");
                    };
                    o.Port = port;
                    o.ScrapeResponseCacheDurationMilliseconds = 0; // every scrape collects: the final one reads the final counts
                })
                .Build();
        }

        if (settings.OtlpEndpoint is { } traces)
        {
            _tracer = Sdk.CreateTracerProviderBuilder()
                .ConfigureResource(Resource)
                .AddSource(LoadTracing.SourceName, ScenarioTracing.SourceName)
                .AddOtlpExporter(exporter => Configure(exporter, traces, "v1/traces"))
                .Build();
        }
    }

    /// <summary>The load engine's instruments, or null when no metrics are exported.</summary>
    public LoadMetrics? Metrics { get; }

    /// <summary>
    /// Starts what <paramref name="settings"/> ask for, or returns null (nothing to export). <paramref name="metrics"/>:
    /// this command runs load (verify exports spans only). A port that cannot be listened on is a settings error.
    /// </summary>
    public static HarnessTelemetry? Start(HarnessSettings settings, TextWriter output, bool metrics, string? agent = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.OtlpEndpoint is null && (!metrics || settings.MetricsPort is null))
        {
            return null;
        }

        try
        {
            var telemetry = new HarnessTelemetry(settings, agent, output, metrics);
            if (telemetry._port is { } port)
            {
                output.WriteLine($"Metrics: Prometheus scrape endpoint on http://127.0.0.1:{port}/metrics (meter {LoadMetrics.MeterName}).");
            }

            if (settings.OtlpEndpoint is { } otlp)
            {
                output.WriteLine($"Telemetry: {(metrics ? "metrics and spans" : "spans")} exported over OTLP/HTTP to {otlp}.");
            }

            return telemetry;
        }
        catch (System.Net.HttpListenerException ex)
        {
            throw new Targets.Errors.SettingsException(SettingsTable.MetricsPort.Key, $"cannot serve metrics on port {settings.MetricsPort}: {ex.Message}");
        }
    }

    /// <summary>
    /// After a run: when the endpoint was scraped during the run, waits (at most <see cref="FinalScrapeWait"/>) until it
    /// has been scraped twice more, so the scraper holds the final counts even when it timed out on one of those
    /// scrapes; an endpoint nobody scraped does not wait.
    /// </summary>
    public async Task WaitForFinalScrapeAsync(CancellationToken cancellationToken)
    {
        if (_prometheus is null)
        {
            return;
        }

        var seen = Interlocked.Read(ref _scrapes);
        if (seen == 0)
        {
            _output.WriteLine("Metrics: the endpoint was not scraped during the run; not waiting for a final scrape.");
            return;
        }

        // two scrapes after the run: one that a loaded scraper timed out on does not lose the final counts
        _output.WriteLine($"Metrics: waiting for two more scrapes of port {_port} (at most {FinalScrapeWait.TotalSeconds:0} s) so the final counts are read.");
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (Interlocked.Read(ref _scrapes) < seen + 2 && waiting.Elapsed < FinalScrapeWait && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
        }

        // the scrape collected the final values; let its response reach the scraper before the listener stops
        await Task.Delay(500, CancellationToken.None).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        _tracer?.Dispose();
        _otlpMeters?.Dispose();
        _prometheus?.Dispose();
        _scrapeMeter?.Dispose();
        Metrics?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Configure(OtlpExporterOptions exporter, Uri endpoint, string signalPath)
    {
        exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
        exporter.Endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath);
    }
}
