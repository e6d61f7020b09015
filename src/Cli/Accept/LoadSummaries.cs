using MfaConformance.Client;
using MfaConformance.Client.Redaction;
namespace MfaConformance.Cli.Accept;

/// <summary>Summarises a flow's <see cref="FlowLoadRun"/> for the acceptance page.</summary>
internal static class LoadSummaries
{
    public static FlowLoadSummary From(FlowLoadRun run, string bundleFolder)
    {
        if (run.Result is not { } result)
        {
            return new FlowLoadSummary(run.Flow, false, 0, 0, 0, 0, 0, 0, [], [SecretRedactor.Default.RedactText(run.Error ?? "the load run did not produce a result")], null);
        }

        var totals = result.Stats.Scenarios.Select(s => s.Total).ToList();
        var errors = result.Errors
            .Concat(result.Warnings)
            .Concat(result.Stats.Scenarios.Where(s => s.StopReason is not null).Select(s => $"{s.Name} stopped: {s.StopReason}"))
            .Concat(totals.SelectMany(t => t.ErrorMessages).OrderByDescending(e => e.Value).Take(3).Select(e => $"{e.Value} x {e.Key}"))
            .Select(SecretRedactor.Default.RedactText)
            .ToList();
        if (result.Cancelled)
        {
            errors.Insert(0, "the run was cancelled");
        }

        var html = result.ReportFiles.FirstOrDefault(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase));
        return new FlowLoadSummary(
            run.Flow,
            result.ExitCode == 0,
            totals.Sum(t => t.Ok.Count),
            totals.Sum(t => t.Fail.Count),
            Math.Round(totals.Sum(t => t.Rps), 1),
            totals.Count == 0 ? 0 : totals.Max(t => t.Ok.Latency.P50Ms),
            totals.Count == 0 ? 0 : totals.Max(t => t.Ok.Latency.P95Ms),
            totals.Count == 0 ? 0 : totals.Max(t => t.Ok.Latency.P99Ms),
            [.. result.ThresholdResults.Select(t => new ThresholdVerdict(t.Expression, t.Passed, t.ActualText))],
            errors,
            html is null ? null : Relative(bundleFolder, html));
    }

    private static string Relative(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative.Replace('\\', '/');
    }
}
