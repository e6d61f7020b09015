using System.Globalization;
using MfaConformance.Client;
using MfaConformance.Client.Redaction;
using MfaConformance.LoadEngine;
namespace MfaConformance.Cli.Load;

/// <summary>The console summary after a `load` run: per step RPS, p50/p99 and failures, errors, thresholds, reports.</summary>
internal static class LoadSummaryWriter
{
    public static void Write(TextWriter output, LoadRunResult result)
    {
        foreach (var scenario in result.Stats.Scenarios)
        {
            var total = scenario.Total;
            output.WriteLine();
            output.WriteLine(Invariant($"Scenario {scenario.Name}: {total.Ok.Count} ok, {total.Fail.Count} failed, {total.Rps:0.0} iterations/s, p50 {total.Ok.Latency.P50Ms:0.0} ms, p99 {total.Ok.Latency.P99Ms:0.0} ms{(scenario.StopReason is null ? string.Empty : $" (stopped: {scenario.StopReason})")}"));
            output.WriteLine($"  {"step",-24} {"ok",8} {"fail",6} {"rps",7} {"p50 ms",8} {"p99 ms",8}");
            foreach (var step in scenario.Steps)
            {
                output.WriteLine(Invariant($"  {step.Name,-24} {step.Ok.Count,8} {step.Fail.Count,6} {step.Rps,7:0.0} {step.Ok.Latency.P50Ms,8:0.0} {step.Ok.Latency.P99Ms,8:0.0}"));
            }

            foreach (var (message, count) in scenario.Steps.Prepend(total).SelectMany(s => s.ErrorMessages).OrderByDescending(e => e.Value).Take(5))
            {
                output.WriteLine(Invariant($"  error x{count}: {message}"));
            }
        }

        foreach (var error in result.Errors)
        {
            output.WriteLine($"run error: {SecretRedactor.Default.RedactText(error)}");
        }

        foreach (var threshold in result.ThresholdResults)
        {
            output.WriteLine($"{(threshold.Passed ? "[pass]" : "[FAIL]")} {threshold.Expression} (actual {threshold.ActualText}){(threshold.AbortLimit ? "; the abort limit: checked during the run, failing it stops the run" : string.Empty)}");
        }

        if (result.ReportFolder is not null)
        {
            output.WriteLine($"Reports: {result.ReportFolder}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
