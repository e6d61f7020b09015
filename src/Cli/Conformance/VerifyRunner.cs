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

    /// <summary>Runs the suite against an already launched target.</summary>
    public async Task<VerifyOutcome> RunSuiteAsync(LaunchedTarget target, HarnessSettings settings, VerifyRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        var output = options.Output ?? TextWriter.Null;
        try
        {
            var bdd = CreateBddOptions(settings, options);
            var extra = new ConformanceTargetOptions { ProvisionBrand = options.ProvisionBrand, FixturesPath = settings.FixturesPath };
            await using var conformanceTarget = await ConformanceTarget.CreateAsync(target.Options, extra, cancellationToken);
            output.WriteLine($"Target: {target.Description}");
            output.WriteLine($"        {conformanceTarget.Description}");
            var run = await ConformanceSuite.RunAsync(conformanceTarget, bdd, cancellationToken);
            var summary = LevelSummary.From(run);
            output.WriteLine();
            summary.Write(output);
            foreach (var error in run.RunErrors)
            {
                output.WriteLine($"run error: {error}");
            }

            var reports = ReportFiles(bdd);
            if (reports.Count > 0)
            {
                output.WriteLine();
                output.WriteLine($"Reports: {string.Join(", ", reports)}");
            }

            var noneRan = summary.Of(AssertionLevel.Documented).Any() && summary.Of(AssertionLevel.Documented).All(s => s.Outcome == TestOutcome.Skipped);
            var exitCode = run.RunErrors.Count == 0 && summary.DocumentedFailures.Count == 0 && !noneRan ? ExitCodes.Ok : ExitCodes.Failed;
            output.WriteLine(exitCode == ExitCodes.Ok ? "Verdict: every @documented scenario that ran passed."
                : noneRan ? "Verdict: NOT VERIFIED (no @documented scenario could run on this target: see 'Not run' above)."
                : "Verdict: NOT CONFORMANT (a @documented scenario failed).");
            return new VerifyOutcome(exitCode, run, summary, reports, null);
        }
        catch (Exception ex) when (Classify(ex) is { } exitCode)
        {
            output.WriteLine($"error: {ErrorText.Of(ex)}");
            return VerifyOutcome.Failure(exitCode, ErrorText.Of(ex));
        }
    }

    private static BddOptions CreateBddOptions(HarnessSettings settings, VerifyRunOptions options)
    {
        var bdd = SuiteLocator.LoadOptions(options.SuiteRoot ?? SuiteLocator.FindSuiteRoot());
        if (!string.IsNullOrWhiteSpace(options.Tags))
        {
            bdd.TagFilter = string.IsNullOrWhiteSpace(bdd.TagFilter) ? options.Tags : $"({bdd.TagFilter}) and ({options.Tags})";
        }

        bdd.OutputFolder = Path.GetFullPath(Path.Combine(settings.ReportsFolder, ReportsSubfolder));
        bdd.Formats = options.WriteReports ? ReportFormats.All : ReportFormats.None;
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

    private static IReadOnlyList<string> ReportFiles(BddOptions bdd) =>
        bdd.Formats == ReportFormats.None
            ? []
            : [.. new[] { ReportWriter.JUnitFileName, ReportWriter.MessagesFileName, ReportWriter.HtmlFileName }
                .Select(f => Path.Combine(bdd.OutputFolder, f))
                .Where(File.Exists)];

    /// <summary>The exit code of an exception that ends the run, or null for a harness bug (rethrown).</summary>
    private static int? Classify(Exception ex) => ex switch
    {
        TargetUnreachableException => ExitCodes.Unreachable,
        SettingsException or BddConfigurationException or BddFeatureException or BddBindingException => ExitCodes.Usage,
        ArgumentException or MfaConformance.Client.FixtureFormatException => ExitCodes.Usage,
        TargetSetUpException => ExitCodes.Failed,
        IOException or InvalidOperationException => ExitCodes.Failed,
        _ => null,
    };
}
