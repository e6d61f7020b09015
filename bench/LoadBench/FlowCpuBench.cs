using System.Globalization;
using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Client;
using MfaConformance.Client.Hooks;
using MfaConformance.LoadEngine;
using MfaConformance.LoadScenarios;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.Targets.Launch;
using RestSharp;
namespace MfaConformance.LoadBench;

/// <summary>
/// (d) Harness CPU per API call: the returning-user login at a fixed open-model rate against the reference server
/// in another process, through the real harness (LoadScenarios' flow: bindings, drivers, typed client, every
/// conformance check, the engine) next to <see cref="BareFlow"/>, a bare RestSharp replay of the same calls.
/// CPU is this process's user + system time over each side's measured phase (provisioning excluded).
/// </summary>
internal static class FlowCpuBench
{
    private const string Device = "bench-device";
    private static long _bareSequence;

    public sealed record Side(long Ok, long Failed, TimeSpan Cpu, TimeSpan Elapsed)
    {
        public long Calls => (Ok + Failed) * BareFlow.CallsPerIteration;

        public double MicrosPerCall => Calls == 0 ? double.NaN : Cpu.TotalMicroseconds / Calls;
    }

    public static async Task<Side> HarnessAsync(LoadTarget target, CpuMeter meter, int rate, TimeSpan duration, LoadEngine.Telemetry.LoadMetrics? metrics = null)
    {
        var options = new LoadScenarioOptions { Rate = rate, Duration = duration, WarmUp = TimeSpan.Zero };
        var bddOptions = new BddOptions();
        bddOptions.FeaturePaths.Clear();
        await using var runtime = LoadReqnrollRun.Create(bddOptions);
        await LoadReqnrollRun.StartAsync(runtime, target).ConfigureAwait(false);
        var definition = LoadScenarioCatalog.Create(LoadScenarioNames.ReturningUserLogin, target, options, runtime);
        var builder = LoadRunner.RegisterScenarios(definition.Props).WithoutReports().WithConsoleProgress(false);
        if (metrics is not null)
        {
            builder.WithMetrics(metrics);
        }

        var result = await builder.RunAsync().ConfigureAwait(false);
        var stats = result.Stats.Scenarios[0];
        var cpu = meter.CpuSince(meter.Now - stats.Duration);
        return new Side(stats.Total.Ok.Count, stats.Total.Fail.Count, cpu, stats.Duration);
    }

    public static async Task<Side> BareAsync(LoadTarget target, CpuMeter meter, int rate, TimeSpan duration)
    {
        var brand = target.Conformance.Brand!;
        var count = (int)(rate * duration.TotalSeconds);
        var customers = Enumerable.Range(0, count)
            .Select(_ => ("919" + Interlocked.Increment(ref _bareSequence).ToString("D9", CultureInfo.InvariantCulture), "LbQwertyui42!"))
            .ToList();
        var hooks = target.Conformance.Connection.CreateHooksClient();
        foreach (var chunk in customers.Chunk(500))
        {
            (await hooks.CreateCustomersAsync([.. chunk.Select(c => new HookCustomer(brand, "MOBILE", c.Item1, c.Item2))], TimeSpan.FromMinutes(2)).ConfigureAwait(false)).EnsureSuccess();
        }

        using var client = new RestClient(new RestClientOptions(target.Conformance.Connection.Options.BaseUrl));
        var start = meter.Now;
        var (ok, failed, elapsed) = await new BareFlow(client, brand, Device).RunAsync(customers, rate).ConfigureAwait(false);
        return new Side(ok, failed, meter.CpuSince(start), elapsed);
    }

    public static async Task RunAsync(Uri server, int rate, TimeSpan duration)
    {
        // the harness's own target options (timeout, size limit, headers...) from the one factory and the settings
        await using var target = await LoadTarget.CreateAsync(TargetFactory.OptionsFor(BenchSettings.Resolve(), server), seed: 4242).ConfigureAwait(false);
        using var meter = new CpuMeter();
        var warm = TimeSpan.FromSeconds(2);
        await BareAsync(target, meter, rate, warm).ConfigureAwait(false);
        await HarnessAsync(target, meter, rate, warm).ConfigureAwait(false);
        // Alternating halves (bare, harness, harness, bare) so neither side gains from running later.
        var half = duration / 2;
        var bare1 = await BareAsync(target, meter, rate, half).ConfigureAwait(false);
        var harness1 = await HarnessAsync(target, meter, rate, half).ConfigureAwait(false);
        var harness2 = await HarnessAsync(target, meter, rate, half).ConfigureAwait(false);
        var bare2 = await BareAsync(target, meter, rate, half).ConfigureAwait(false);
        var bare = Sum(bare1, bare2);
        var harness = Sum(harness1, harness2);
        Console.WriteLine($"(d) returning-user login at {rate}/s against the reference server in another process (PBKDF2 1,000), {BareFlow.CallsPerIteration} calls per iteration, 2 x {half.TotalSeconds}s per side:");
        Console.WriteLine($"    bare RestSharp replay  {bare.MicrosPerCall,8:0.0} µs CPU/call  ({bare.Ok} ok, {bare.Failed} failed; halves {bare1.MicrosPerCall:0.0}, {bare2.MicrosPerCall:0.0})");
        Console.WriteLine($"    harness (every check)  {harness.MicrosPerCall,8:0.0} µs CPU/call  ({harness.Ok} ok, {harness.Failed} failed; halves {harness1.MicrosPerCall:0.0}, {harness2.MicrosPerCall:0.0})");
        Console.WriteLine($"    ratio harness/bare RestSharp CPU per call = {harness.MicrosPerCall / bare.MicrosPerCall:0.00}");
    }

    private static Side Sum(Side a, Side b) => new(a.Ok + b.Ok, a.Failed + b.Failed, a.Cpu + b.Cpu, a.Elapsed + b.Elapsed);
}
