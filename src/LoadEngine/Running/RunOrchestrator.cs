using MfaConformance.Client;
using MfaConformance.Client.Redaction;
using MfaConformance.LoadEngine.Reporting;
using MfaConformance.LoadEngine.Stats;
using MfaConformance.LoadEngine.Thresholds;
namespace MfaConformance.LoadEngine.Running;

/// <summary>One run: init, concurrent scenario runners with a monitor (progress, aborting thresholds), clean, verdict, reports.</summary>
internal sealed class RunOrchestrator(LoadRunBuilder builder)
{
    private readonly List<string> _errors = [];
    private readonly List<ThresholdResult> _abortResults = [];

    public async Task<LoadRunResult> RunAsync(CancellationToken cancellationToken)
    {
        if (builder.FailureBeforeStart is { } reason)
        {
            return NotStarted(reason);
        }

        foreach (var scenario in builder.Scenarios)
        {
            if (scenario.LoadSimulations.Count == 0)
            {
                throw new LoadConfigException($"scenario '{scenario.Name}' has no load simulations (WithLoadSimulations or the config's \"simulations\")");
            }
        }

        var settings = builder.Settings with { Console = builder.Console };
        var startedUtc = builder.WallClock.GetUtcNow();
        var runId = builder.RunId ?? RunIdFor(startedUtc);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var ctrlC = CtrlCHandler.Register(builder.HandleCtrlC, cts);
        var started = settings.Clock.Now;

        var runners = new List<ScenarioRunner>();
        foreach (var props in builder.Scenarios)
        {
            if (await InitAsync(props, settings, cts.Token).ConfigureAwait(false))
            {
                runners.Add(new ScenarioRunner(props, settings, cts.Token));
            }
        }

        if (builder.StartGate is { } gate && runners.Count > 0)
        {
            try
            {
                await gate(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                // cancelled while waiting for the start: nothing runs, reports are still written
            }
            catch (Exception ex)
            {
                _errors.Add(SecretRedactor.Default.RedactText($"the start gate failed: {ex.Message}"));
                runners.ForEach(r => r.Stop("the start gate failed"));
            }
        }

        try
        {
            var all = Task.WhenAll(runners.Select(r => Task.Run(r.RunAsync, CancellationToken.None)));
            await new RunMonitor(builder, settings, runners, _abortResults).WatchAsync(all).ConfigureAwait(false);
            await all.ConfigureAwait(false);
            builder.SnapshotSink?.Invoke(Cluster.RunSnapshot.From(runners, final: true));
        }
        finally
        {
            foreach (var runner in runners)
            {
                await CleanAsync(runner.Props, settings, cancellationToken).ConfigureAwait(false);
                runner.Dispose();
            }
        }

        var cancelled = cts.IsCancellationRequested && _abortResults.Count == 0;
        var stats = new RunStats(runId, startedUtc, settings.Clock.Now - started, runners.Select(r => Snapshot(r, cancelled)).ToList(), cancelled);
        var thresholds = EvaluateThresholds(stats);
        return Finish(stats, thresholds, settings, startedUtc, runners.Select(r => r.Recorder).ToList());
    }

    /// <summary>Nothing ran: the reports carry the reason as the run's error.</summary>
    private LoadRunResult NotStarted(string reason)
    {
        _errors.Add(SecretRedactor.Default.RedactText(reason));
        var startedUtc = builder.WallClock.GetUtcNow();
        var stats = new RunStats(builder.RunId ?? RunIdFor(startedUtc), startedUtc, TimeSpan.Zero, [], Cancelled: false);
        return Finish(stats, [], builder.Settings with { Console = builder.Console }, startedUtc, recorders: null);
    }

    /// <summary>Writes the reports (and, when something ran, the HdrHistogram log of its recorders).</summary>
    private LoadRunResult Finish(RunStats stats, IReadOnlyList<ThresholdResult> thresholds, RunSettings settings, DateTimeOffset startedUtc, IReadOnlyList<ScenarioRecorder>? recorders)
    {
        var report = new LoadReport(stats, thresholds, _errors, settings) { Notes = builder.Notes };
        var (folder, files) = ReportWriter.Write(report, builder.ReportFolder, builder.ReportFormats);
        if (folder is not null && recorders is not null)
        {
            files = [.. files, HlogWriter.Write(folder, startedUtc, recorders)];
        }

        return new LoadRunResult(stats, thresholds, files, folder, _errors);
    }

    internal static ScenarioStats Snapshot(ScenarioRunner runner, bool cancelled) =>
        runner.Recorder.Snapshot(
            runner.MeasuredDuration,
            runner.Props.LoadSimulations.Select(s => s.ToString()).ToList(),
            runner.StopReason ?? (cancelled ? "cancelled" : null));

    private List<ThresholdResult> EvaluateThresholds(RunStats stats)
    {
        var results = new List<ThresholdResult>();
        foreach (var threshold in builder.ThresholdList)
        {
            var aborted = _abortResults.Exists(r => r.Expression == ThresholdEvaluator.DisplayName(threshold));
            results.Add(ThresholdEvaluator.Evaluate(threshold, stats.Scenarios, aborted));
        }

        return results;
    }

    private string RunIdFor(DateTimeOffset startedUtc)
    {
        var names = string.Join("+", builder.Scenarios.Select(s => s.Name));
        if (names.Length > 80)
        {
            names = names[..80];
        }

        return $"{startedUtc.UtcDateTime:yyyyMMdd-HHmmss}-{names}";
    }

    private async Task<bool> InitAsync(ScenarioProps props, RunSettings settings, CancellationToken token)
    {
        if (props.Init is null)
        {
            return true;
        }

        try
        {
            await props.Init(new ScenarioInitContext(props.Name, ScenarioRunner.PlannedIterations(props, settings.Segment), settings.Console, token)).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex)
        {
            _errors.Add(SecretRedactor.Default.RedactText($"scenario '{props.Name}' init failed: {Response.FromException(ex).Message}"));
            return false;
        }
    }

    private async Task CleanAsync(ScenarioProps props, RunSettings settings, CancellationToken token)
    {
        if (props.Clean is null)
        {
            return;
        }

        try
        {
            await props.Clean(new ScenarioInitContext(props.Name, ScenarioRunner.PlannedIterations(props, settings.Segment), settings.Console, token)).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _errors.Add(SecretRedactor.Default.RedactText($"scenario '{props.Name}' clean failed: {Response.FromException(ex).Message}"));
        }
    }
}
