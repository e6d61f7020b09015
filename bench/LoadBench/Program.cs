using System.Globalization;
using MfaConformance.LoadBench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args is ["serve"])
{
    await BenchServerProcess.ServeAsync();
    return;
}

if (args is ["serve-reference"])
{
    await ReferenceServerProcess.ServeAsync();
    return;
}

var options = BenchOptions.Parse(args);
Console.WriteLine($"LoadBench: load average {LoadAverage.Read()} at start");
Console.WriteLine($"LoadBench: duration {options.Duration.TotalSeconds}s per phase, {options.Connections} connections, open rate {options.Rate}/s, {options.Iterations} iterations, {Environment.ProcessorCount} cores");
using var server = await BenchServerProcess.StartAsync();
var url = new Uri(server.BaseAddress, "ping");
var shortWarm = TimeSpan.FromSeconds(2);

if (options.Runs("a"))
{
    await ThroughputBench.BareRestSharpAsync(server.BaseAddress, options.Connections, shortWarm);
    await ThroughputBench.EngineAsync(server.BaseAddress, options.Connections, shortWarm);
    var wrk = await WrkRunner.RequestsPerSecondAsync(options.Wrk, url, options.Connections, options.Duration);
    // Alternating halves (bare, engine, engine, bare) so neither side gains from running later (JIT tiering, PGO).
    var half = options.Duration / 2;
    var bare = await ThroughputBench.BareRestSharpAsync(server.BaseAddress, options.Connections, half);
    var engine = await ThroughputBench.EngineAsync(server.BaseAddress, options.Connections, half);
    engine = (engine + await ThroughputBench.EngineAsync(server.BaseAddress, options.Connections, half)) / 2;
    bare = (bare + await ThroughputBench.BareRestSharpAsync(server.BaseAddress, options.Connections, half)) / 2;
    Console.WriteLine($"(a) max throughput, {options.Connections} connections, GET /ping on loopback:");
    Console.WriteLine($"    wrk                 {(wrk is { } w ? $"{w,10:0} req/s" : "   (wrk not found)")}");
    Console.WriteLine($"    bare RestSharp loop {bare,10:0} req/s");
    Console.WriteLine($"    engine (RestSharp)  {engine,10:0} req/s");
    Console.WriteLine($"    ratio engine/bare RestSharp = {engine / bare:0.00}" + (wrk is { } w2 ? $", engine/wrk = {engine / w2:0.00}, bare RestSharp/wrk = {bare / w2:0.00}" : string.Empty));
}

if (options.Runs("b"))
{
    await OpenModelBench.CompareAsync("b", server.BaseAddress, options.Rate, options.Duration);
}

if (options.Runs("e"))
{
    foreach (var rate in options.OpenRates)
    {
        await OpenModelBench.CompareAsync("e", server.BaseAddress, rate, options.Duration);
    }
}

if (options.Runs("c"))
{
    var copies = Environment.ProcessorCount * 2;
    await MemoryBench.EngineAsync(10_000, copies);
    var figures = await MemoryBench.EngineAsync(options.Iterations, copies);
    var bareSeconds = await MemoryBench.BareLoopSecondsAsync(options.Iterations, copies);
    Console.WriteLine($"(c) {figures.Iterations} no-op iterations through the engine ({copies} copies, one measured step each):");
    Console.WriteLine($"    {figures.Seconds:0.00} s ({figures.Iterations / figures.Seconds:0} it/s); bare loop {bareSeconds:0.000} s; engine overhead ≈ {(figures.Seconds - bareSeconds) / figures.Iterations * 1e9:0} ns/iteration");
    Console.WriteLine($"    managed heap before {figures.ManagedBeforeBytes / 1024.0 / 1024:0.0} MiB, after {figures.ManagedAfterBytes / 1024.0 / 1024:0.0} MiB (full GC); working set {figures.WorkingSetAfterBytes / 1024.0 / 1024:0} MiB; allocated {figures.AllocatedBytesPerIteration:0} B/iteration (transient)");
}

if (options.Runs("d"))
{
    // The target comes from the harness's settings (MFA_TARGET_URL, mfa-conformance.json): by default the embedded
    // reference server, here in a child process so its CPU is not counted.
    if (BenchSettings.Resolve().TargetUrl is { } external)
    {
        await FlowCpuBench.RunAsync(external, options.FlowRate, options.Duration);
    }
    else
    {
        using var reference = await BenchServerProcess.StartAsync("serve-reference");
        await FlowCpuBench.RunAsync(reference.BaseAddress, options.FlowRate, options.Duration);
    }
}

if (options.Runs("t"))
{
    // CPU per call with the exporters off and with OTLP on, side by side (the reference server in a child process)
    using var reference = await BenchServerProcess.StartAsync("serve-reference");
    await TelemetryCpuBench.RunAsync(reference.BaseAddress, options.FlowRate, options.Duration);
}

if (options.Runs("r"))
{
    var demo = await DemoReport.RunAsync(server.BaseAddress, Path.Combine("bench", "out", "demo-report"));
    Console.WriteLine($"(r) demo report: exit code {demo.ExitCode}; files: {string.Join(", ", demo.ReportFiles)}");
}

Console.WriteLine($"LoadBench: load average {LoadAverage.Read()} at end");
