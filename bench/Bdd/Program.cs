using System.Diagnostics;
using System.Globalization;
using System.Text;
using MfaConformance.Bdd;
using MfaConformance.Bdd.Bench;

// Measures the binding runtime's own overhead for N trivial scenarios (parse + bind + run + reports).
// Usage: dotnet run -c Release --project bench/Bdd [-- scenarios]
var count = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 200;
var folder = Path.Combine(Path.GetTempPath(), "bdd-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
Directory.CreateDirectory(folder);
var feature = new StringBuilder("Feature: Bench\n\n");
for (var i = 0; i < count; i++)
{
    feature.Append(CultureInfo.InvariantCulture, $"  Scenario: Trivial {i}\n    Given a counter at {i}\n    When it is incremented by 1\n    Then it shows {i + 1}\n\n");
}

File.WriteAllText(Path.Combine(folder, "bench.feature"), feature.ToString());

async Task<(TimeSpan Create, TimeSpan Run, TestRunResult Result)> MeasureAsync(ReportFormats formats)
{
    var options = new BddOptions { BaseDirectory = folder, Formats = formats, OutputFolder = "reports" };
    options.FeaturePaths.Add("bench.feature");
    options.BindingTypes.Add(typeof(TrivialSteps));
    var start = Stopwatch.GetTimestamp();
    var runtime = BddRuntime.Create(options);
    var created = Stopwatch.GetElapsedTime(start);
    start = Stopwatch.GetTimestamp();
    var result = await runtime.RunAsync();
    return (created, Stopwatch.GetElapsedTime(start), result);
}

var warm = await MeasureAsync(ReportFormats.None);
Console.WriteLine($"warm-up (cold JIT): create {warm.Create.TotalMilliseconds:0.0} ms, run {warm.Run.TotalMilliseconds:0.0} ms");
foreach (var formats in new[] { ReportFormats.None, ReportFormats.All })
{
    var (create, run, result) = await MeasureAsync(formats);
    var passed = result.Count(TestOutcome.Passed);
    Console.WriteLine(
        $"{count} trivial scenarios, reports {formats}: create (parse+bind) {create.TotalMilliseconds:0.0} ms, "
        + $"run {run.TotalMilliseconds:0.0} ms, total {(create + run).TotalMilliseconds:0.0} ms, "
        + $"{(create + run).TotalMilliseconds * 1000 / count:0} us/scenario, passed {passed}/{count}");
}

Console.WriteLine($"cold total (first run in the process, includes JIT): {(warm.Create + warm.Run).TotalMilliseconds:0.0} ms");
Directory.Delete(folder, recursive: true);
