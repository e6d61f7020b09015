using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Bdd.Runtime;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Deadlines;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Conformance;

/// <summary>
/// Runs the conformance suite once (`verify`; reused by `accept`): settles the suite (which features, which scenarios),
/// launches the target, prepares it, runs the scenarios, writes the reports and decides the exit code (0 every
/// @documented scenario that ran passed and at least one ran; 1 one failed, none ran, or the selection is empty;
/// 2 bad usage or configuration; 3 target unreachable). Never throws for target faults.
/// </summary>
internal sealed class VerifyRunner
{
    public const string ReportsSubfolder = "conformance";

    /// <summary>Launches the target of <paramref name="settings"/> (the embedded server by default) and runs the suite.</summary>
    public async Task<VerifyOutcome> RunAsync(HarnessSettings settings, VerifyRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        var output = options.Output ?? TextWriter.Null;
        SuitePlan? plan = null;
        try
        {
            plan = SuitePlan.Create(settings, options, ReportsSubfolder);
            if (plan.NothingSelected is { } nothing)
            {
                return NothingToCheck(plan, nothing, output);
            }

            await using var target = await TargetFactory.LaunchAsync(settings, cancellationToken);
            return await RunPlanAsync(target, settings, options, plan, cancellationToken);
        }
        catch (Exception ex) when (ExitCodes.IsExpected(ex))
        {
            output.WriteLine($"error: {ExitCodes.Message(ex)}");
            return VerifyOutcome.Failure(ExitCodes.Of(ex), ExitCodes.Message(ex), plan);
        }
    }

    /// <summary>
    /// Runs the suite against an already launched target. The reports are written whatever ends the run: a target that
    /// cannot be reached or prepared gets every scenario reported not run with the reason (exit 3 or 1), and a target
    /// that runs past the deadlines gets its unfinished scenarios reported as timed out (exit 1).
    /// </summary>
    public async Task<VerifyOutcome> RunSuiteAsync(LaunchedTarget target, HarnessSettings settings, VerifyRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        var output = options.Output ?? TextWriter.Null;
        SuitePlan? plan = null;
        try
        {
            plan = SuitePlan.Create(settings, options, ReportsSubfolder);
            return plan.NothingSelected is { } nothing
                ? NothingToCheck(plan, nothing, output)
                : await RunPlanAsync(target, settings, options, plan, cancellationToken);
        }
        catch (Exception ex) when (ExitCodes.IsExpected(ex))
        {
            output.WriteLine($"error: {ExitCodes.Message(ex)}");
            return VerifyOutcome.Failure(ExitCodes.Of(ex), ExitCodes.Message(ex), plan);
        }
    }

    private static VerifyOutcome NothingToCheck(SuitePlan plan, string nothing, TextWriter output)
    {
        output.WriteLine($"Suite: {plan.Description}");
        output.WriteLine($"error: {nothing}");
        output.WriteLine("Verdict: NOT VERIFIED (no scenario was selected).");
        return VerifyOutcome.Failure(ExitCodes.Failed, nothing, plan);
    }

    private async Task<VerifyOutcome> RunPlanAsync(LaunchedTarget target, HarnessSettings settings, VerifyRunOptions options, SuitePlan plan, CancellationToken cancellationToken)
    {
        var output = options.Output ?? TextWriter.Null;
        var bdd = Configure(plan.Bdd, settings, options);
        var extra = TargetFactory.PreparationFor(settings, options.ProvisionBrand);
        var (prepared, unavailable) = await PrepareAsync(target, extra, cancellationToken);
        await using var conformanceTarget = prepared;
        output.WriteLine($"Suite: {plan.Description}");
        output.WriteLine($"Target: {target.Description}");
        output.WriteLine($"        {conformanceTarget.Description}");
        if (unavailable is not null)
        {
            output.WriteLine($"error: {ExitCodes.Message(unavailable)}; every scenario is reported not run");
        }
        else if (settings.EffectiveSuiteTimeout is { } suiteTimeout)
        {
            conformanceTarget.Deadline.ExpireAfter(suiteTimeout);
        }

        output.WriteLine($"        deadlines: {Deadlines.Describe(settings)}");
        SuiteProgress? progress = null;
        bdd.ScenarioFinished = (finished, failed) => progress?.Report(finished, failed);
        var run = await BddRun.RunAsync(
            bdd,
            r =>
            {
                r.RegisterInstance(conformanceTarget);
                progress = options.Output is { } console ? new SuiteProgress(console, options.ProgressLabel, r.Pickles.Count, SuiteProgress.IsTerminal(console)) : null;
            },
            cancellationToken);
        progress?.Complete();
        return Judge(run, bdd, plan, conformanceTarget.Deadline, unavailable, output);
    }

    /// <summary>The prepared target, or, when it cannot be reached or prepared, an unavailable one and the reason.</summary>
    private static async Task<(ConformanceTarget Target, Exception? Unavailable)> PrepareAsync(LaunchedTarget target, ConformanceTargetOptions extra, CancellationToken cancellationToken)
    {
        try
        {
            return (await ConformanceTarget.CreateAsync(target.Options, extra, cancellationToken), null);
        }
        catch (TargetUnreachableException ex)
        {
            var unreachable = new UnreachableException("the target", target.Options.BaseUrl, ex.Message, ex);
            return (ConformanceTarget.Unavailable(target.Options, unreachable.Message, extra), unreachable);
        }
        catch (TargetSetUpException ex)
        {
            return (ConformanceTarget.Unavailable(target.Options, ExitCodes.Message(ex), extra), ex);
        }
    }

    private static VerifyOutcome Judge(TestRunResult run, BddOptions bdd, SuitePlan plan, RunDeadline deadline, Exception? unavailable, TextWriter output)
    {
        var summary = LevelSummary.From(run);
        output.WriteLine();
        summary.Write(output);
        var runErrors = run.RunErrors.ToList();
        if (deadline.HasPassed && unavailable is null)
        {
            var timedOut = run.Scenarios.Count(s => s.ErrorMessage?.Contains("timed out", StringComparison.Ordinal) == true);
            runErrors.Add($"the run ended early: {deadline.Reason}; {timedOut} unfinished scenarios are reported as timed out");
        }

        foreach (var error in runErrors)
        {
            output.WriteLine($"run error: {error}");
        }

        var written = ReportFiles(bdd);
        foreach (var html in written.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)))
        {
            FailuresSection.Inject(html, run);
        }

        var reports = CompactReports.Apply(written);

        output.WriteLine();
        output.WriteLine($"Ran {summary.Ran} of {run.Scenarios.Count()} scenarios ({summary.DocumentedRan} @documented) of {plan.Source.Description}.");
        if (reports.Count > 0)
        {
            output.WriteLine($"Reports: {string.Join(", ", reports)}");
        }

        if (unavailable is not null)
        {
            output.WriteLine("Verdict: NOT VERIFIED (the target could not be used: see the error above).");
            return new VerifyOutcome(ExitCodes.Of(unavailable), run, summary, reports, ExitCodes.Message(unavailable)) { Suite = plan };
        }

        var noneRan = summary.DocumentedRan == 0;
        var exitCode = runErrors.Count == 0 && summary.DocumentedFailures.Count == 0 && !noneRan ? ExitCodes.Ok : ExitCodes.Failed;
        output.WriteLine(exitCode == ExitCodes.Ok ? "Verdict: every @documented scenario that ran passed."
            : deadline.HasPassed ? "Verdict: NOT VERIFIED (the run ended early: see the run error above)."
            : summary.DocumentedFailures.Count > 0 ? "Verdict: NOT CONFORMANT (a @documented scenario failed)."
            : runErrors.Count > 0 ? "Verdict: NOT VERIFIED (the run failed: see the run error above)."
            : $"Verdict: NOT VERIFIED ({LevelSummary.NoneRanReason(summary)}).");
        var judged = new TestRunResult { Features = run.Features, StartedAt = run.StartedAt, Duration = run.Duration, RunErrors = runErrors };
        var firstError = runErrors.FirstOrDefault() ?? (noneRan ? LevelSummary.NoneRanReason(summary) : null);
        return new VerifyOutcome(exitCode, judged, summary, reports, firstError) { Suite = plan };
    }

    private static BddOptions Configure(BddOptions bdd, HarnessSettings settings, VerifyRunOptions options)
    {
        // Reqnroll's step trace ("-> done: Binding (0.0s)") repeats what the reports already show for every step (its
        // status and duration) and cost about a third of the runtime's CPU per scenario; the bindings' own output (each
        // HTTP exchange and its curl line) is kept.
        bdd.TraceSteps = false;
        if (!options.WriteReports)
        {
            bdd.Formatters.Clear();
        }

        if (options.MaxParallelism is { } parallelism)
        {
            bdd.MaxParallelism = parallelism;
        }
        else if (settings.Otp.Kind == MfaConformance.Client.Otp.OtpSourceKind.Prompt)
        {
            bdd.MaxParallelism = 1; // one question at a time for the person typing the OTPs
        }

        return bdd;
    }

    private static IReadOnlyList<string> ReportFiles(BddOptions bdd) => [.. bdd.ReportPaths.Where(File.Exists)];
}
