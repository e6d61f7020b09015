using System.Diagnostics;
using System.Globalization;
using System.Text;
using MfaConformance.Bdd;
using MfaConformance.Bdd.Bench;
using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Results;
using MfaConformance.Bdd.Runtime;
// Measures the runtime's own overhead for N trivial scenarios on Reqnroll 3.3.4 (parse with Gherkin, Reqnroll's
// binding registry, the generated-code sequence per pickle, the results from the messages, and the report files).
// Usage: dotnet run -c Release --project bench/Bdd [-- scenarios]
// BENCH_TRACE=0: no Reqnroll step trace; BENCH_RESULTS=0: no messages at all (as under load); BENCH_PAR=N: parallelism.
var count = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 200;
var folder = Path.Combine(Path.GetTempPath(), "bdd-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
Directory.CreateDirectory(folder);
var feature = new StringBuilder("Feature: Bench\n\n");
for (var i = 0; i < count; i++)
{
    feature.Append(CultureInfo.InvariantCulture, $"  Scenario: Trivial {i}\n    Given a counter at {i}\n    When it is incremented by 1\n    Then it shows {i + 1}\n\n");
}

File.WriteAllText(Path.Combine(folder, "bench.feature"), feature.ToString());

async Task<(TimeSpan Create, TimeSpan Run, TestRunResult Result)> MeasureAsync(bool reports)
{
    var json = reports
        ? """{ "formatters": { "message": { "outputFilePath": "reports/messages.ndjson" }, "html": { "outputFilePath": "reports/report.html" }, "junit": { "outputFilePath": "reports/junit.xml" } } }"""
        : "{}";
    var options = BddConfiguration.Parse(json, folder);
    options.FeaturePaths.Clear();
    options.FeaturePaths.Add("bench.feature");
    options.TestAssembly = typeof(TrivialSteps).Assembly;
    options.TraceSteps = Environment.GetEnvironmentVariable("BENCH_TRACE") != "0";
    options.MaxParallelism = int.TryParse(Environment.GetEnvironmentVariable("BENCH_PAR"), out var par) ? par : options.MaxParallelism;
    var start = Stopwatch.GetTimestamp();
    var run = BddRun.Create(options, collectResults: Environment.GetEnvironmentVariable("BENCH_RESULTS") != "0");
    var created = Stopwatch.GetElapsedTime(start);
    start = Stopwatch.GetTimestamp();
    var result = await run.RunAllAsync();
    return (created, Stopwatch.GetElapsedTime(start), result);
}

var warm = await MeasureAsync(reports: false);
Console.WriteLine($"warm-up (cold JIT): create {warm.Create.TotalMilliseconds:0.0} ms, run {warm.Run.TotalMilliseconds:0.0} ms");
foreach (var reports in new[] { false, true })
{
    var (create, run, result) = await MeasureAsync(reports);
    var passed = result.Count(TestOutcome.Passed);
    Console.WriteLine(
        $"{count} trivial scenarios, {(reports ? "messages + HTML + JUnit" : "results only")}: create (parse+container) {create.TotalMilliseconds:0.0} ms, "
        + $"run {run.TotalMilliseconds:0.0} ms, total {(create + run).TotalMilliseconds:0.0} ms, "
        + $"{(create + run).TotalMilliseconds * 1000 / count:0} us/scenario, passed {passed}/{count}");
}

Console.WriteLine($"cold total (first run in the process, includes JIT): {(warm.Create + warm.Run).TotalMilliseconds:0.0} ms");
Directory.Delete(folder, recursive: true);
