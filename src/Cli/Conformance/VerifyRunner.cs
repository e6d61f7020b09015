using MfaConformance.Bdd;
using MfaConformance.Cli.Targets;
using MfaConformance.StepDefinitions;

namespace MfaConformance.Cli.Conformance;

/// <summary>
/// Runs the conformance suite once (`verify`; reused by `accept` and `mutants`): launches the target, prepares it,
/// runs the scenarios, writes the reports and decides the exit code (0 every @documented scenario passed or was
/// not run, 1 otherwise, 2 bad usage or configuration, 3 target unreachable). Never throws for target faults.
/// </summary>
internal sealed class VerifyRunner
{
    public const string ReportsSubfolder = "conformance";

    /// <summary>Launches the target of <paramref name="settings"/> (the embedded server by default) and runs the suite.</summary>
    public async Task<VerifyOutcome> RunAsync(HarnessSettings settings, VerifyRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var root = options.SuiteRoot ?? SuiteLocator.FindSuiteRoot();
            if (!string.IsNullOrWhiteSpace(options.Tags))
            {
                TagExpression.Parse(options.Tags);
            }

            // As in `accept`: the embedded server hashes passwords with 1,000 PBKDF2 iterations unless configured; the
            // hash cost changes no rule the suite checks, and at the default 100,000 it outweighed the whole suite.
            await using var target = await TargetLauncher.LaunchAsync(Load.LoadRunnerService.WithLoadHashing(settings), cancellationToken);
            return await RunSuiteAsync(target, settings, options with { SuiteRoot = root }, cancellationToken);
        }
        catch (Exception ex) when (Classify(ex) is { } exitCode)
        {
            options.Output?.WriteLine($"error: {ErrorText.Of(ex)}");
            return VerifyOutcome.Failure(exitCode, ErrorText.Of(ex));
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
        try
        {
            var bdd = CreateBddOptions(settings, options);
            var extra = new ConformanceTargetOptions
            {
                ProvisionBrand = options.ProvisionBrand,
                FixturesPath = settings.FixturesPath,
                ScenarioTimeout = settings.EffectiveScenarioTimeout,
            };
            var (prepared, unavailable) = await PrepareAsync(target, extra, cancellationToken);
            await using var conformanceTarget = prepared;
            output.WriteLine($"Target: {target.Description}");
            output.WriteLine($"        {conformanceTarget.Description}");
            if (unavailable is not null)
            {
                output.WriteLine($"error: {unavailable.Message}; every scenario is reported not run");
            }
            else if (settings.EffectiveSuiteTimeout is { } suiteTimeout)
            {
                conformanceTarget.Deadline.ExpireAfter(suiteTimeout);
            }

            output.WriteLine($"        deadlines: {Deadlines.Describe(settings)}");
            var run = await BddRun.RunAsync(bdd, r => r.RegisterInstance(conformanceTarget), cancellationToken);
            return Judge(run, bdd, conformanceTarget.Deadline, unavailable, output);
        }
        catch (Exception ex) when (Classify(ex) is { } exitCode)
        {
            output.WriteLine($"error: {ErrorText.Of(ex)}");
            return VerifyOutcome.Failure(exitCode, ErrorText.Of(ex));
        }
    }

    /// <summary>The prepared target, or, when it cannot be reached or prepared, an unavailable one and the reason.</summary>
    private static async Task<(ConformanceTarget Target, Exception? Unavailable)> PrepareAsync(LaunchedTarget target, ConformanceTargetOptions extra, CancellationToken cancellationToken)
    {
        try
        {
            return (await ConformanceTarget.CreateAsync(target.Options, extra, cancellationToken), null);
        }
        catch (Exception ex) when (ex is TargetUnreachableException or TargetSetUpException)
        {
            return (ConformanceTarget.Unavailable(target.Options, ErrorText.Of(ex), extra), ex);
        }
    }

    private static VerifyOutcome Judge(TestRunResult run, BddOptions bdd, RunDeadline deadline, Exception? unavailable, TextWriter output)
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

        var reports = ReportFiles(bdd);
        if (reports.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Reports: {string.Join(", ", reports)}");
        }

        if (unavailable is not null)
        {
            var code = unavailable is TargetUnreachableException ? ExitCodes.Unreachable : ExitCodes.Failed;
            output.WriteLine("Verdict: NOT VERIFIED (the target could not be used: see the error above).");
            return new VerifyOutcome(code, run, summary, reports, ErrorText.Of(unavailable));
        }

        var noneRan = summary.Of(AssertionLevel.Documented).Any() && summary.Of(AssertionLevel.Documented).All(s => s.Outcome == TestOutcome.Skipped);
        var exitCode = runErrors.Count == 0 && summary.DocumentedFailures.Count == 0 && !noneRan ? ExitCodes.Ok : ExitCodes.Failed;
        output.WriteLine(exitCode == ExitCodes.Ok ? "Verdict: every @documented scenario that ran passed."
            : noneRan ? "Verdict: NOT VERIFIED (no @documented scenario could run on this target: see 'Not run' above)."
            : deadline.HasPassed ? "Verdict: NOT VERIFIED (the run ended early: see the run error above)."
            : "Verdict: NOT CONFORMANT (a @documented scenario failed).");
        var judged = new TestRunResult { Features = run.Features, StartedAt = run.StartedAt, Duration = run.Duration, RunErrors = runErrors };
        return new VerifyOutcome(exitCode, judged, summary, reports, runErrors.FirstOrDefault());
    }

    private static BddOptions CreateBddOptions(HarnessSettings settings, VerifyRunOptions options)
    {
        var bdd = SuiteLocator.LoadOptions(options.SuiteRoot ?? SuiteLocator.FindSuiteRoot());
        if (!string.IsNullOrWhiteSpace(options.Tags))
        {
            bdd.TagFilter = string.IsNullOrWhiteSpace(bdd.TagFilter) ? options.Tags : $"({bdd.TagFilter}) and ({options.Tags})";
        }

        bdd.OutputFolder = Path.GetFullPath(Path.Combine(settings.ReportsFolder, ReportsSubfolder));

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
        else if (settings.Otp.Kind == MfaConformance.Client.OtpSourceKind.Prompt)
        {
            bdd.MaxParallelism = 1; // one question at a time for the person typing the OTPs
        }

        return bdd;
    }

    private static IReadOnlyList<string> ReportFiles(BddOptions bdd) => [.. bdd.ReportPaths.Where(File.Exists)];

    /// <summary>The exit code of an exception that ends the run, or null for a harness bug (rethrown).</summary>
    private static int? Classify(Exception ex) => ex switch
    {
        TargetUnreachableException => ExitCodes.Unreachable,
        SettingsException or BddConfigurationException or BddFeatureException => ExitCodes.Usage,
        ArgumentException or MfaConformance.Client.FixtureFormatException => ExitCodes.Usage,
        TargetSetUpException => ExitCodes.Failed,
        IOException or InvalidOperationException => ExitCodes.Failed,
        _ => null,
    };
}
