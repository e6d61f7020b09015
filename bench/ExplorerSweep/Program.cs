using System.Diagnostics;
using System.Globalization;
using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.Explorer.Exploration;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Tests.Shared.Variant;
// The explorer's false-contradiction sweep: seeds 1..N, each explored for a budget of programs, against the conformant
// reference server, the variant server (other undocumented choices behind a proxy) and each section-5 variant. Prints
// one line per target with programs, calls, musts and contradictions (any is a false one: these servers are conformant).
// Usage: ExplorerSweep [--seeds 20] [--programs 300] [--targets reference,variant,section5]
var seeds = Arg("--seeds", 20);
var programs = Arg("--programs", 300);
var targets = (Text("--targets") ?? "reference,variant,section5").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
Console.WriteLine($"Explorer sweep: {seeds} seeds x {programs} programs per target; load average {LoadAverage()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
var total = 0;
foreach (var name in targets.SelectMany(t => t == "section5" ? Mutants.Variants.Select(v => "section5:" + v.Name) : [t]))
{
    var mutant = name.StartsWith("section5:", StringComparison.Ordinal) ? name["section5:".Length..] : null;
    await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { Urls = "http://127.0.0.1:0", PasswordHashIterations = 1_000, Mutant = mutant });
    await using var variant = name == "variant" ? await VariantServer.StartAsync(server.BaseUrl) : null;
    await using var target = await ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = variant?.BaseUrl ?? server.BaseUrl }, new ConformanceTargetOptions { RecordExchanges = false });
    int ran = 0, calls = 0, musts = 0, contradictions = 0;
    var clock = Stopwatch.StartNew();
    for (var seed = 1; seed <= seeds; seed++)
    {
        var result = await new ExploreRunner(target).RunAsync(new ExploreOptions
        {
            Seed = seed.ToString(CultureInfo.InvariantCulture),
            Programs = programs,
            Time = TimeSpan.FromMinutes(10),
            Shrink = true,
        });
        ran += result.Programs;
        calls += result.Calls;
        musts += result.Musts;
        contradictions += result.Contradictions.Count;
        foreach (var found in result.Contradictions)
        {
            Console.WriteLine($"  FALSE CONTRADICTION on {name}, seed {seed}: {found.Contradiction}");
            Console.WriteLine(found.Gherkin);
        }
    }

    total += contradictions;
    Console.WriteLine($"{name,-44} {seeds} seeds, {ran} programs, {calls} calls, {musts} musts, {contradictions} contradictions, {clock.Elapsed.TotalSeconds:0} s");
}

Console.WriteLine($"total false contradictions: {total}; load average {LoadAverage()}");
return total == 0 ? 0 : 1;

int Arg(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
