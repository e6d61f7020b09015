using MfaConformance.Bdd.Runtime;
using MfaConformance.Client.Transport;
using MfaConformance.LoadEngine;
using MfaConformance.LoadEngine.Telemetry;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.Targets.Launch;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MfaConformance.LoadBench;

/// <summary>
/// (t) Harness CPU per API call, side by side in one run, in three configurations: <b>before</b> (the code path as it
/// was before issue 19: no span started, no <c>traceparent</c> header; the internal switches of LoadTracing,
/// ScenarioTracing and TraceParent, which only this benchmark turns off), <b>exporters off</b> (today's default: bare
/// spans and the header on every call, no meter, no provider) and <b>OTLP on</b> (what `--otlp URL` sets up,
/// HarnessTelemetry in the CLI: a MeterProvider over the engine's meter and a TracerProvider over the iteration,
/// scenario and step spans, both exporting OTLP/HTTP to a local sink in this process, <see cref="OtlpSink"/>, so its
/// CPU counts against OTLP, every 5 s for metrics and in batches for spans). The returning-user login runs through
/// the real harness (<see cref="FlowCpuBench.HarnessAsync"/>) against the reference server in another process.
/// Each round runs before, off, on, on, off, before, so no side gains from running later; the ratios of each round
/// give the noise.
/// </summary>
internal static class TelemetryCpuBench
{
    private const int Rounds = 4;

    public static async Task RunAsync(Uri server, int rate, TimeSpan duration)
    {
        await using var target = await LoadTarget.CreateAsync(TargetFactory.OptionsFor(BenchSettings.Resolve(), server), seed: 4343).ConfigureAwait(false);
        await using var sink = await OtlpSink.StartAsync().ConfigureAwait(false);
        using var meter = new CpuMeter();
        var warm = TimeSpan.FromSeconds(5);
        await BeforeAsync(target, meter, rate, warm).ConfigureAwait(false);
        await FlowCpuBench.HarnessAsync(target, meter, rate, warm).ConfigureAwait(false);
        await OnAsync(target, meter, sink, rate, warm).ConfigureAwait(false);
        var part = duration / (2 * Rounds);
        var before = new List<FlowCpuBench.Side>();
        var offs = new List<FlowCpuBench.Side>();
        var ons = new List<FlowCpuBench.Side>();
        for (var round = 0; round < Rounds; round++)
        {
            before.Add(await BeforeAsync(target, meter, rate, part).ConfigureAwait(false));
            offs.Add(await FlowCpuBench.HarnessAsync(target, meter, rate, part).ConfigureAwait(false));
            ons.Add(await OnAsync(target, meter, sink, rate, part).ConfigureAwait(false));
            ons.Add(await OnAsync(target, meter, sink, rate, part).ConfigureAwait(false));
            offs.Add(await FlowCpuBench.HarnessAsync(target, meter, rate, part).ConfigureAwait(false));
            before.Add(await BeforeAsync(target, meter, rate, part).ConfigureAwait(false));
        }

        var b = before.Aggregate(Sum);
        var off = offs.Aggregate(Sum);
        var on = ons.Aggregate(Sum);
        Console.WriteLine($"(t) returning-user login at {rate}/s through the harness; {Rounds} rounds of before, off, on, on, off, before; {2 * Rounds} x {part.TotalSeconds}s per side:");
        Console.WriteLine($"    before issue 19 (no spans, no traceparent) {b.MicrosPerCall,8:0.0} µs CPU/call  ({b.Ok} ok, {b.Failed} failed; parts {Parts(before)})");
        Console.WriteLine($"    exporters off (today's default)           {off.MicrosPerCall,8:0.0} µs CPU/call  ({off.Ok} ok, {off.Failed} failed; parts {Parts(offs)})");
        Console.WriteLine($"    OTLP on (metrics + spans to a local sink) {on.MicrosPerCall,8:0.0} µs CPU/call  ({on.Ok} ok, {on.Failed} failed; parts {Parts(ons)}); the sink received {sink.Requests} exports, {sink.Bytes / 1024.0:0} KiB");
        Report("exporters off / before", RoundRatios(offs, before), off.MicrosPerCall / b.MicrosPerCall, "equal within noise when the interval holds 1");
        Report("OTLP on / exporters off", RoundRatios(ons, offs), on.MicrosPerCall / off.MicrosPerCall, "goal at most 1.10");
        await AloneAsync(sink, off.MicrosPerCall).ConfigureAwait(false);
    }

    /// <summary>
    /// What each configuration adds per call, measured alone in a loop without HTTP (an iteration: its span, and per
    /// call a step span, the traceparent the client would send, the step's metrics), so the added work is seen apart
    /// from the calls' noise: the trace context of exporters off, then spans and metrics exported over OTLP.
    /// </summary>
    private static async Task AloneAsync(OtlpSink sink, double offMicrosPerCall)
    {
        const int Iterations = 100_000;
        string[] steps = ["s1", "s2", "s3", "s4", "s5", "s6"];
        var ok = Response.Ok("200");
        // flush: every 250 iterations (1,750 spans, under the batch processor's queue of 2,048), so no span is dropped
        double Loop(LoadMetrics? metrics, Action? flush = null)
        {
            var cpu = CpuMeter.ProcessCpu();
            var length = 0;
            for (var i = 0; i < Iterations; i++)
            {
                using var iteration = LoadTracing.StartIteration("returning_user_login");
                for (var s = 0; s < BareFlow.CallsPerIteration; s++)
                {
                    using var span = LoadTracing.StartStep(steps[s % steps.Length]);
                    if (TraceParent.Enabled)
                    {
                        length += TraceParent.ForCurrentSpan().Length;
                    }

                    metrics?.RecordStep("returning_user_login", steps[s % steps.Length], ok, 1234);
                }

                metrics?.RecordIteration("returning_user_login", ok, 7400);
                if (i % 250 == 249)
                {
                    flush?.Invoke();
                }
            }

            GC.KeepAlive(length);
            return (CpuMeter.ProcessCpu() - cpu).TotalMicroseconds / (Iterations * (double)BareFlow.CallsPerIteration);
        }

        LoadTracing.Enabled = TraceParent.Enabled = false;
        Loop(null);
        var before = Loop(null);
        LoadTracing.Enabled = TraceParent.Enabled = true;
        Loop(null);
        var off = Loop(null);
        double on;
        using (var metrics = new LoadMetrics())
        using (var meters = Sdk.CreateMeterProviderBuilder().AddMeter(LoadMetrics.MeterName)
            .AddOtlpExporter((exporter, reader) =>
            {
                Configure(exporter, sink.BaseUrl, "v1/metrics");
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 5000;
            }).Build())
        using (var tracer = Sdk.CreateTracerProviderBuilder().AddSource(LoadTracing.SourceName).AddOtlpExporter(exporter => Configure(exporter, sink.BaseUrl, "v1/traces")).Build())
        {
            Loop(metrics, () => tracer.ForceFlush());
            on = Loop(metrics, () => tracer.ForceFlush());
            tracer.ForceFlush();
            meters.ForceFlush();
        }

        await Task.Yield();
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"    alone, without HTTP ({Iterations:N0} iterations of {BareFlow.CallsPerIteration} calls): the loop {before:0.00} µs/call before; trace context (a bare span per iteration and per call, the traceparent) +{off - before:0.00} µs/call = {100 * (off - before) / offMicrosPerCall:0.00}% of exporters off's CPU per call"));
        Console.WriteLine(string.Create(ci, $"    OTLP spans and metrics +{on - off:0.00} µs/call over exporters off = {100 * (on - off) / offMicrosPerCall:0.0}% of its CPU per call (process CPU: the exporters' threads and the sink included)"));
    }

    /// <summary>The ratio over the whole run, each round's ratio, and a 95% t interval of their geometric mean.</summary>
    private static void Report(string what, IReadOnlyList<double> rounds, double whole, string goal)
    {
        var logs = rounds.Select(r => Math.Log(r)).ToArray();
        var mean = logs.Average();
        var sd = Math.Sqrt(logs.Sum(l => (l - mean) * (l - mean)) / (logs.Length - 1));
        var half = TQuantile975(logs.Length - 1) * sd / Math.Sqrt(logs.Length);
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"    {what} = {whole:0.000} over the whole run; rounds {string.Join(", ", rounds.Select(r => r.ToString("0.000", ci)))}; geometric mean {Math.Exp(mean):0.000}, 95% interval {Math.Exp(mean - half):0.000}..{Math.Exp(mean + half):0.000} ({goal})"));
    }

    /// <summary>Per round, CPU per call of the two parts of <paramref name="a"/> over those of <paramref name="b"/>.</summary>
    private static List<double> RoundRatios(List<FlowCpuBench.Side> a, List<FlowCpuBench.Side> b) =>
        [.. Enumerable.Range(0, Rounds).Select(r => Sum(a[2 * r], a[(2 * r) + 1]).MicrosPerCall / Sum(b[2 * r], b[(2 * r) + 1]).MicrosPerCall)];

    private static double TQuantile975(int degrees) => degrees switch
    {
        1 => 12.706,
        2 => 4.303,
        3 => 3.182,
        4 => 2.776,
        5 => 2.571,
        6 => 2.447,
        7 => 2.365,
        _ => 2.306,
    };

    private static string Parts(List<FlowCpuBench.Side> sides) =>
        string.Join(", ", sides.Select(s => s.MicrosPerCall.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The harness with trace context switched off: the code path before issue 19.</summary>
    private static async Task<FlowCpuBench.Side> BeforeAsync(LoadTarget target, CpuMeter meter, int rate, TimeSpan duration)
    {
        LoadTracing.Enabled = ScenarioTracing.Enabled = TraceParent.Enabled = false;
        try
        {
            return await FlowCpuBench.HarnessAsync(target, meter, rate, duration).ConfigureAwait(false);
        }
        finally
        {
            LoadTracing.Enabled = ScenarioTracing.Enabled = TraceParent.Enabled = true;
        }
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

    private static FlowCpuBench.Side Sum(FlowCpuBench.Side a, FlowCpuBench.Side b) => new(a.Ok + b.Ok, a.Failed + b.Failed, a.Cpu + b.Cpu, a.Elapsed + b.Elapsed);
}
