using MfaConformance.Bdd.Runtime;
using MfaConformance.LoadEngine.Telemetry;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.Targets.Launch;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MfaConformance.LoadBench;

/// <summary>
/// (t) Harness CPU per API call with the exporters off and with OTLP on, side by side in one run: the returning-user
/// login through the real harness (<see cref="FlowCpuBench.HarnessAsync"/>) against the reference server in another
/// process. "OTLP on" is what `--otlp URL` sets up (HarnessTelemetry in the CLI): a MeterProvider over the engine's
/// meter and a TracerProvider over the iteration, scenario and step spans, both exporting OTLP/HTTP to a local sink in
/// this process (<see cref="OtlpSink"/>, so its CPU counts against OTLP) every 5 s for metrics and in batches for spans.
/// Order off, on, on, off, so neither side gains from running later.
/// </summary>
internal static class TelemetryCpuBench
{
    public static async Task RunAsync(Uri server, int rate, TimeSpan duration)
    {
        await using var target = await LoadTarget.CreateAsync(TargetFactory.OptionsFor(BenchSettings.Resolve(), server), seed: 4343).ConfigureAwait(false);
        await using var sink = await OtlpSink.StartAsync().ConfigureAwait(false);
        using var meter = new CpuMeter();
        var warm = TimeSpan.FromSeconds(5);
        await FlowCpuBench.HarnessAsync(target, meter, rate, warm).ConfigureAwait(false);
        await OnAsync(target, meter, sink, rate, warm).ConfigureAwait(false);
        // rounds of off, on, on, off: neither side gains from running later, and a shared machine's bursts hit both
        const int Rounds = 4;
        var quarter = duration / (2 * Rounds);
        var offs = new List<FlowCpuBench.Side>();
        var ons = new List<FlowCpuBench.Side>();
        for (var round = 0; round < Rounds; round++)
        {
            offs.Add(await FlowCpuBench.HarnessAsync(target, meter, rate, quarter).ConfigureAwait(false));
            ons.Add(await OnAsync(target, meter, sink, rate, quarter).ConfigureAwait(false));
            ons.Add(await OnAsync(target, meter, sink, rate, quarter).ConfigureAwait(false));
            offs.Add(await FlowCpuBench.HarnessAsync(target, meter, rate, quarter).ConfigureAwait(false));
        }

        var off = offs.Aggregate(Sum);
        var on = ons.Aggregate(Sum);
        static string Parts(List<FlowCpuBench.Side> sides) => string.Join(", ", sides.Select(s => s.MicrosPerCall.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
        Console.WriteLine($"(t) returning-user login at {rate}/s through the harness, exporters off and OTLP on (metrics + spans to a local OTLP/HTTP sink), {2 * Rounds} x {quarter.TotalSeconds}s per side:");
        Console.WriteLine($"    exporters off  {off.MicrosPerCall,8:0.0} µs CPU/call  ({off.Ok} ok, {off.Failed} failed; parts {Parts(offs)})");
        Console.WriteLine($"    OTLP on        {on.MicrosPerCall,8:0.0} µs CPU/call  ({on.Ok} ok, {on.Failed} failed; parts {Parts(ons)}); the sink received {sink.Requests} exports, {sink.Bytes / 1024.0:0} KiB");
        Console.WriteLine($"    OTLP on / off CPU per call = {on.MicrosPerCall / off.MicrosPerCall:0.000} over the whole run, {Median(ons) / Median(offs):0.000} between the medians of the parts (goal at most 1.10)");
    }

    private static async Task<FlowCpuBench.Side> OnAsync(LoadTarget target, CpuMeter meter, OtlpSink sink, int rate, TimeSpan duration)
    {
        using var metrics = new LoadMetrics();
        using (var meters = Sdk.CreateMeterProviderBuilder()
            .AddMeter(LoadMetrics.MeterName)
            .AddOtlpExporter((exporter, reader) =>
            {
                Configure(exporter, sink.BaseUrl, "v1/metrics");
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 5000;
            })
            .Build())
        using (var tracer = Sdk.CreateTracerProviderBuilder()
            .AddSource(LoadTracing.SourceName, ScenarioTracing.SourceName)
            .AddOtlpExporter(exporter => Configure(exporter, sink.BaseUrl, "v1/traces"))
            .Build())
        {
            return await FlowCpuBench.HarnessAsync(target, meter, rate, duration, metrics).ConfigureAwait(false);
        }
    }

    private static void Configure(OtlpExporterOptions exporter, Uri endpoint, string signalPath)
    {
        exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
        exporter.Endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath);
    }

    private static double Median(List<FlowCpuBench.Side> sides)
    {
        var sorted = sides.Select(s => s.MicrosPerCall).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static FlowCpuBench.Side Sum(FlowCpuBench.Side a, FlowCpuBench.Side b) => new(a.Ok + b.Ok, a.Failed + b.Failed, a.Cpu + b.Cpu, a.Elapsed + b.Elapsed);
}
