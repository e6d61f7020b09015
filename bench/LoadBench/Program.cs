using System.Globalization;
using MfaConformance.LoadBench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args is ["serve"])
{
    await BenchServerProcess.ServeAsync();
    return;
}

var options = BenchOptions.Parse(args);
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
    await OpenModelBench.BareHttpClientAsync(server.BaseAddress, options.Rate, shortWarm);
    await OpenModelBench.EngineAsync(server.BaseAddress, options.Rate, shortWarm);
    // Alternating halves (bare, engine, engine, bare); each side's figures are the mean of its two halves.
    var half = options.Duration / 2;
    var bare1 = await OpenModelBench.BareHttpClientAsync(server.BaseAddress, options.Rate, half);
    var engine1 = await OpenModelBench.EngineAsync(server.BaseAddress, options.Rate, half);
    var engine2 = await OpenModelBench.EngineAsync(server.BaseAddress, options.Rate, half);
    var bare2 = await OpenModelBench.BareHttpClientAsync(server.BaseAddress, options.Rate, half);
    double Mean(double x, double y) => (x + y) / 2;
    var (bareP50, bareP99) = (Mean(bare1.P50Ms, bare2.P50Ms), Mean(bare1.P99Ms, bare2.P99Ms));
    var (engineP50, engineP99) = (Mean(engine1.Latency.P50Ms, engine2.Latency.P50Ms), Mean(engine1.Latency.P99Ms, engine2.Latency.P99Ms));
    Console.WriteLine($"(b) open model, {options.Rate}/s, 2 x {half.TotalSeconds}s per side, latency from intended start (ms; halves in brackets):");
    Console.WriteLine($"    bare HttpClient loop  p50 {bareP50,8:0.000} [{bare1.P50Ms:0.000}, {bare2.P50Ms:0.000}]  p99 {bareP99,8:0.000} [{bare1.P99Ms:0.000}, {bare2.P99Ms:0.000}]  n={bare1.Count + bare2.Count}");
    Console.WriteLine($"    engine Inject         p50 {engineP50,8:0.000} [{engine1.Latency.P50Ms:0.000}, {engine2.Latency.P50Ms:0.000}]  p99 {engineP99,8:0.000} [{engine1.Latency.P99Ms:0.000}, {engine2.Latency.P99Ms:0.000}]  n={engine1.Count + engine2.Count}  late={engine1.Late + engine2.Late}");
    Console.WriteLine($"    engine service time   p50 {Mean(engine1.Service.P50Ms, engine2.Service.P50Ms),8:0.000}  p99 {Mean(engine1.Service.P99Ms, engine2.Service.P99Ms),8:0.000}");
    Console.WriteLine($"    ratio engine/bare p50 = {engineP50 / bareP50:0.00}, p99 = {engineP99 / bareP99:0.00}");
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

if (options.Runs("r"))
{
    var demo = await DemoReport.RunAsync(server.BaseAddress, Path.Combine("bench", "out", "demo-report"));
    Console.WriteLine($"(r) demo report: exit code {demo.ExitCode}; files: {string.Join(", ", demo.ReportFiles)}");
}
