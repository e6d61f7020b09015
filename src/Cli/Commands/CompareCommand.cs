using System.CommandLine;
using MfaConformance.LoadEngine.Comparison;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// `mfa-conformance compare BASELINE CURRENT`: two load report folders side by side, every scenario and step, each
/// figure with its change and a verdict from a block bootstrap over the reporting intervals (regression, improvement,
/// no difference); compare.md, compare.json and compare.html under &lt;reports&gt;/compare/&lt;current&gt;-vs-&lt;baseline&gt;
/// (or --out). Exit 0: every regression limit held (or none given); 1: one failed; 2: bad usage (a folder that is no
/// load report, a bad limit).
/// </summary>
internal static class CompareCommand
{
    public const string ReportsSubfolder = "compare";

    public static Command Create(CliContext context)
    {
        var settings = new SettingOptions(HarnessCommands.Compare, context);
        var baseline = new Argument<string>("BASELINE") { Description = "The earlier run's load report folder (reports/load/<run-id>)." };
        var current = new Argument<string>("CURRENT") { Description = "The run to judge against it." };
        var output = new Option<string?>("--out") { Description = "Folder for compare.md, compare.json and compare.html (default <reports>/compare/<current>-vs-<baseline>)." };
        var command = new Command("compare", "Compare two load runs: throughput, error rate and latency percentiles per step, each judged regression, improvement or no difference against the runs' own noise.");
        command.Arguments.Add(baseline);
        command.Arguments.Add(current);
        settings.AddTo(command);
        command.Options.Add(output);
        command.SetAction(async (result, ct) =>
        {
            var console = result.InvocationConfiguration.Output;
            var resolved = settings.Resolve(result);
            var before = RecordedRun.Read(Path.Combine(context.CurrentDirectory, result.GetValue(baseline)!), "BASELINE");
            var after = RecordedRun.Read(Path.Combine(context.CurrentDirectory, result.GetValue(current)!), "CURRENT");
            var comparison = RunComparison.Compare(before, after, resolved.CompareLimits);
            var folder = result.GetValue(output) is { } o
                ? Path.GetFullPath(Path.Combine(context.CurrentDirectory, o))
                : Path.Combine(resolved.ReportsFolder, ReportsSubfolder, $"{after.RunId}-vs-{before.RunId}");
            ComparisonReport.WriteSummary(console, comparison);
            ComparisonReport.Write(comparison, folder);
            await console.WriteLineAsync($"Comparison: {Path.Combine(folder, ComparisonReport.Html)}");
            await console.WriteLineAsync(comparison.Passed ? "Verdict: every regression limit held." : "Verdict: a regression limit failed.");
            return comparison.Passed ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
