using System.Globalization;
using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Cli.Cluster;
using MfaConformance.Client;
using MfaConformance.LoadEngine;
using MfaConformance.LoadEngine.Comparison;
using MfaConformance.LoadEngine.Config;
using MfaConformance.LoadScenarios;
using MfaConformance.LoadScenarios.Preflight;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Load;

/// <summary>
/// Runs one load scenario (`load`; reused by `accept` for each flow): resolves the scenario and the load config
/// before anything starts (a rate or duration set by an option or variable replaces the config's simulations: the
/// command line beats the file), checks a cluster's NATS server can be reached, launches the target, prepares it,
/// provisions customers, runs, writes the reports under &lt;reports&gt;/load/&lt;run-id&gt; and prints the summary.
/// Never throws for target faults or bad input: an unreachable target or NATS server is exit 3 with the reports written.
/// </summary>
internal sealed class LoadRunnerService
{
    public const string ReportsSubfolder = "load";

    /// <summary>Launches the target of <paramref name="settings"/> and runs the scenario against it.</summary>
    public async Task<LoadOutcome> RunAsync(HarnessSettings settings, LoadRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        var name = options.Scenario ?? LoadScenarioNames.Default;
        LoadPlan plan;
        try
        {
            plan = Prepare(settings, options);
        }
        catch (Exception ex) when (ExitCodes.IsExpected(ex))
        {
            return Fail(options, ExitCodes.Of(ex), name, ex);
        }

        try
        {
            await using var run = plan.Runtime;
            if (options.Cluster is { } cluster)
            {
                await NatsProbe.EnsureReachableAsync(cluster.NatsUrl, cancellationToken);
            }

            await using var target = await TargetFactory.LaunchAsync(settings, cancellationToken);
            return await RunPreparedAsync(target, settings, options, plan, cancellationToken);
        }
        catch (TargetUnreachableException ex) when (settings.TargetUrl is { } url)
        {
            return await NotRunAsync(settings, options, ExitCodes.Unreachable, plan.Name, new UnreachableException("the target", url, ex.Message, ex));
        }
        catch (Exception ex) when (ExitCodes.IsExpected(ex))
        {
            return await NotRunAsync(settings, options, ExitCodes.Of(ex), plan.Name, ex);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await NotRunAsync(settings, options, ExitCodes.Failed, plan.Name, new OperationCanceledException("the run was cancelled before the load started"));
        }
    }

    /// <summary>Runs the scenario against an already launched target (accept launches one target for every flow).</summary>
    public async Task<LoadOutcome> RunAgainstAsync(LaunchedTarget target, HarnessSettings settings, LoadRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        LoadPlan plan;
        try
        {
            plan = Prepare(settings, options);
        }
        catch (Exception ex) when (ExitCodes.IsExpected(ex))
        {
            return Fail(options, ExitCodes.Of(ex), options.Scenario ?? LoadScenarioNames.Default, ex);
        }

        try
        {
            await using var run = plan.Runtime;
            if (options.Cluster is { } cluster)
            {
                await NatsProbe.EnsureReachableAsync(cluster.NatsUrl, cancellationToken);
            }

            return await RunPreparedAsync(target, settings, options, plan, cancellationToken);
        }
        catch (TargetUnreachableException ex)
        {
            return await NotRunAsync(settings, options, ExitCodes.Unreachable, plan.Name, new UnreachableException("the target", target.Options.BaseUrl, ex.Message, ex));
        }
        catch (Exception ex) when (ExitCodes.IsExpected(ex))
        {
            return await NotRunAsync(settings, options, ExitCodes.Of(ex), plan.Name, ex);
        }
    }

    private static LoadPlan Prepare(HarnessSettings settings, LoadRunOptions options)
    {
        var runtime = LoadSuite.Create(settings.FeaturesFolder, out _);
        var name = LoadScenarioCatalog.Resolve(options.Scenario ?? LoadScenarioNames.Default, runtime);
        var config = settings.LoadConfigPath is { } path ? LoadConfigFiles.LoadFor(path, name) : null;
        var scenarioOptions = new LoadScenarioOptions
        {
            Rate = settings.LoadRate,
            Duration = settings.LoadDuration,
            WarmUp = options.WarmUp ?? TimeSpan.FromSeconds(2),
            Seed = options.Seed ?? LoadScenarioOptions.DefaultSeed,
            Customers = options.Customers,
            Simulations = ShapeFromSettings(settings),
        };
        scenarioOptions.ToSimulations();
        if (options.CompareWithBaseline && settings.BaselinePath is { } baseline)
        {
            // a baseline that is no load report folder is bad usage, found before anything runs
            _ = RecordedRun.Read(baseline, SettingsTable.Baseline.Option!);
        }

        var (shaped, note) = ShapeGivenBeatsConfig(settings, config, name);
        return new LoadPlan(name, runtime, shaped, settings.LoadConfigPath, scenarioOptions, note);
    }

    /// <summary>
    /// The shape --stage or --copies ask for (null: the rate and duration): stages replace both, copies the rate (a closed
    /// model for the duration). Given on one command line with what they replace, they are refused, naming both.
    /// </summary>
    public static IReadOnlyList<LoadSimulation>? ShapeFromSettings(HarnessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool OnCommandLine(Setting s) => settings.OriginOf(s.Key) == SettingOrigin.Option;
        if (settings.LoadStages.Count > 0)
        {
            if (settings.LoadCopies is not null && settings.OriginOf(SettingsTable.LoadCopies.Key) >= settings.OriginOf(SettingsTable.LoadStages.Key))
            {
                throw new SettingsException(SettingsTable.LoadStages.Option!, $"give either stages or {SettingsTable.LoadCopies.Option} (stages of copies are DURATION:N, e.g. --stage 30s:10)");
            }

            var clash = new[] { SettingsTable.LoadRate, SettingsTable.LoadDuration }.FirstOrDefault(s => OnCommandLine(s) && OnCommandLine(SettingsTable.LoadStages));
            if (clash is not null)
            {
                throw new SettingsException(SettingsTable.LoadStages.Option!, $"the stages set the rate and the length of the run: drop {clash.Option} (e.g. {LoadStageParser.Example})");
            }

            return settings.LoadStages;
        }

        if (settings.LoadCopies is { } copies)
        {
            if (OnCommandLine(SettingsTable.LoadRate) && OnCommandLine(SettingsTable.LoadCopies))
            {
                throw new SettingsException(SettingsTable.LoadCopies.Option!, $"--copies (closed model: N copies back to back) and {SettingsTable.LoadRate.Option} (open model: iterations started per second) exclude each other: give one");
            }

            return [Simulation.KeepConstant(copies, settings.LoadDuration)];
        }

        return null;
    }

    /// <summary>
    /// The shape the settings ask for, in words: the stages or copies (<see cref="ShapeFromSettings"/>), else the rate for
    /// the duration. A clash of shapes is a <see cref="SettingsException"/>, as in <see cref="ShapeFromSettings"/>.
    /// </summary>
    public static string DescribeShape(HarnessSettings settings) => ShapeFromSettings(settings) is { } simulations
        ? string.Join(", then ", simulations.Select(s => s.ToString()))
        : string.Create(CultureInfo.InvariantCulture, $"{settings.LoadRate:0.###} iterations/s for {DurationParser.Format(settings.LoadDuration)}");

    /// <summary>
    /// One precedence everywhere: a rate or duration set by an option or a variable beats the load config's simulations
    /// (a file), which would otherwise replace the built-in shape. Returns the config without them, and a note saying so.
    /// </summary>
    public static (LoadConfig? Config, string? Note) ShapeGivenBeatsConfig(HarnessSettings settings, LoadConfig? config, string scenario)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var given = new[] { SettingsTable.LoadRate, SettingsTable.LoadDuration, SettingsTable.LoadStages, SettingsTable.LoadCopies }.Where(s => settings.OriginOf(s.Key) >= SettingOrigin.Environment).ToList();
        if (config is null || given.Count == 0 || !config.Scenarios.TryGetValue(scenario, out var section) || section.Simulations is null)
        {
            return (config, null);
        }

        var sources = string.Join(" and ", given.Select(s => settings.OriginOf(s.Key) == SettingOrigin.Option ? s.Option : s.Variable));
        var note = $"{sources} replaced the simulations of the load config: {DescribeShape(settings)} (options and variables beat files)";
        var scenarios = config.Scenarios.ToDictionary(s => s.Key, s => s.Key == scenario ? s.Value with { Simulations = null } : s.Value, StringComparer.Ordinal);
        return (config with { Scenarios = scenarios }, note);
    }

    private static async Task<LoadOutcome> RunPreparedAsync(LaunchedTarget target, HarnessSettings settings, LoadRunOptions options, LoadPlan plan, CancellationToken cancellationToken)
    {
        var output = options.Output ?? TextWriter.Null;
        await using var loadTarget = await LoadTarget.CreateAsync(target.Options, plan.Options.Seed, settings.FixturesPath, cancellationToken: cancellationToken);
        await LoadReqnrollRun.StartAsync(plan.Runtime, loadTarget);
        var definition = LoadScenarioCatalog.Create(plan.Name, loadTarget, plan.Options, plan.Runtime);
        output.WriteLine($"Target: {target.Description}{(target.Server is null ? string.Empty : $" (password hashing {settings.EmbeddedPasswordHashIterations} PBKDF2 iterations)")}");
        output.WriteLine($"        {loadTarget.Conformance.Description}");
        output.WriteLine($"Scenario: {definition.Name} ({definition.Description})");
        var builder = LoadRunner.RegisterScenarios(definition.Props)
            .WithReportFolder(Path.GetFullPath(Path.Combine(settings.ReportsFolder, ReportsSubfolder)))
            .WithConsoleProgress(options.ConsoleProgress)
            .WithCtrlCHandling(options.HandleCtrlC)
            .WithConsole(output)
            .WithThresholds(definition.AbortLimit());
        if (plan.Config is { } config)
        {
            builder.WithConfig(config);
        }

        if (options.Metrics is { } metrics && options.Cluster is null)
        {
            builder.WithMetrics(metrics);
        }

        if (plan.Note is { } note)
        {
            output.WriteLine($"Load shape: {note}.");
            builder.WithNote(note);
        }

        if (plan.Config is null || !LoadConfigFiles.HasThresholds(plan.Config, definition.Name))
        {
            builder.WithThresholds([.. definition.DefaultThresholds(options.StepP99Milliseconds)]);
        }

        var preflightPassed = await PreflightAsync(builder, loadTarget, settings, options, plan, output, cancellationToken);
        var result = options.Cluster is { } cluster && preflightPassed
            ? await builder.RunClusterAsync(cluster, ClusterSpecFor(target, loadTarget, plan, settings).ToJson(), cancellationToken)
            : await builder.RunAsync(cancellationToken);
        LoadSummaryWriter.Write(output, result);
        var exitCode = result.ExitCode == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        var comparisonFailed = options.CompareWithBaseline && settings.BaselinePath is { } baseline && !CompareWithBaseline(baseline, result, settings, output);
        var preflightOff = !settings.LoadPreflight;
        output.WriteLine(exitCode == ExitCodes.Ok && comparisonFailed ? "Verdict: every threshold held, but the comparison with the baseline failed (a regression limit, or it could not be made)."
            : exitCode == ExitCodes.Ok ? (preflightOff ? "Verdict: every threshold held (no pre-flight: the target's conformance was not checked)." : "Verdict: every threshold held.")
            : result.Cancelled ? "Verdict: the run was cancelled."
            : result.Stats.Scenarios.Count == 0 ? "Verdict: the load did not run (see the run error above)."
            : "Verdict: a threshold broke (or the run failed).");
        return new LoadOutcome(comparisonFailed ? ExitCodes.Failed : exitCode, definition.Name, result, result.ReportFolder, result.Errors.FirstOrDefault());
    }

    /// <summary>
    /// `load --baseline DIR`: the comparison of this run with the baseline, written next to the run's reports (compare.md,
    /// .json, .html) and summed up on the console. False when a regression limit failed or the comparison could not be made.
    /// </summary>
    private static bool CompareWithBaseline(string baseline, LoadRunResult result, HarnessSettings settings, TextWriter output)
    {
        if (result.ReportFolder is not { } folder || result.Stats.Scenarios.Count == 0)
        {
            output.WriteLine("Comparison: none (the run wrote no reports to compare)");
            return false;
        }

        try
        {
            var comparison = RunComparison.Compare(RecordedRun.Read(baseline, SettingsTable.Baseline.Option!), RecordedRun.Read(folder, "this run"), settings.CompareLimits);
            ComparisonReport.Write(comparison, folder);
            ComparisonReport.WriteSummary(output, comparison);
            output.WriteLine($"Comparison: {Path.Combine(folder, ComparisonReport.Html)}");
            return comparison.Passed;
        }
        catch (LoadConfigException ex)
        {
            output.WriteLine($"error: the comparison with the baseline could not be made: {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// Before the clock starts: the conformance pre-flight (a target that fails it fails the run, whatever the
    /// thresholds say, and nothing is measured), or, when turned off, a note in the report saying so. Returns false when
    /// it failed (the builder then writes the reports of a run that did not start).
    /// </summary>
    private static async Task<bool> PreflightAsync(LoadRunBuilder builder, LoadTarget target, HarnessSettings settings, LoadRunOptions options, LoadPlan plan, TextWriter output, CancellationToken cancellationToken)
    {
        if (!settings.LoadPreflight)
        {
            builder.WithNote("pre-flight off (--no-preflight): the target's conformance was not checked before the load; only the thresholds and the steps' response checks judge this run");
            output.WriteLine("Pre-flight: off (--no-preflight).");
            return true;
        }

        var preflight = await LoadPreflight.RunAsync(plan.Runtime, target, plan.Options, cancellationToken);
        output.WriteLine(preflight.Passed ? $"Pre-flight: {preflight.Summary}" : $"error: {preflight.Summary}");
        if (preflight.Passed)
        {
            builder.WithNote(preflight.Summary);
        }
        else
        {
            builder.FailBeforeStart($"{preflight.Summary}; the load did not run, whatever the thresholds say");
        }

        return preflight.Passed;
    }

    /// <summary>
    /// The run ended before the load could start (target unreachable, set-up failed, cancelled): the reports are still
    /// written, carrying the reason, like accept's bundle.
    /// </summary>
    private static async Task<LoadOutcome> NotRunAsync(HarnessSettings settings, LoadRunOptions options, int exitCode, string name, Exception ex)
    {
        var message = ExitCodes.Message(ex);
        options.Output?.WriteLine($"error: {message}");
        var placeholder = Scenario.Create(name, _ => Task.FromResult(Response.Ok()));
        var result = await LoadRunner.RegisterScenarios(placeholder)
            .WithReportFolder(Path.GetFullPath(Path.Combine(settings.ReportsFolder, ReportsSubfolder)))
            .WithConsoleProgress(false)
            .WithCtrlCHandling(false)
            .WithConsole(options.Output ?? TextWriter.Null)
            .FailBeforeStart($"the load did not run: {message}")
            .RunAsync(CancellationToken.None);
        if (result.ReportFolder is { } folder)
        {
            options.Output?.WriteLine($"Reports: {folder}");
        }

        return new LoadOutcome(exitCode, name, result, result.ReportFolder, message);
    }

    private static Cluster.ClusterSpec ClusterSpecFor(LaunchedTarget target, LoadTarget loadTarget, LoadPlan plan, HarnessSettings settings)
    {
        if (settings.LoadStages.Count > 0 || settings.LoadCopies is not null)
        {
            throw new LoadScenarioException("cluster runs take their shape from --rate and --duration or a load config; --stage and --copies are not sent to the agents");
        }

        if (!loadTarget.Conformance.HasHooks)
        {
            throw new LoadScenarioException("cluster runs need a target with the sandbox hooks: every agent provisions its own part of the customers (identity fixtures are not split across agents)");
        }

        if (!LoadScenarioCatalog.IsFlow(plan.Name))
        {
            throw new LoadScenarioException($"cluster runs take the C# flows ({string.Join(", ", LoadScenarioNames.Flows.Concat(LoadScenarioNames.Parts))}); '{plan.Name}' is a Gherkin scenario");
        }

        // the load config travels too: its shape (simulations, warm-up, intervals, lateness) must be the agents' as well
        ArgumentNullException.ThrowIfNull(settings);
        return new Cluster.ClusterSpec(target.Options.BaseUrl.ToString(), target.Options.Brand, plan.Name, plan.Options.Rate, plan.Options.Duration.Ticks, plan.Options.WarmUp.Ticks, plan.Options.Seed, plan.Options.Customers)
        {
            LoadConfigJson = plan.ConfigPath is { } path ? File.ReadAllText(path) : null,
            ShapeFromSpec = plan.Note is not null,
            TimeoutTicks = target.Options.Timeout.Ticks,
            MaxResponseBytes = target.Options.MaxResponseBytes,
            OtlpEndpoint = settings.OtlpEndpoint?.ToString(),
        };
    }

    private static LoadOutcome Fail(LoadRunOptions options, int exitCode, string name, Exception ex)
    {
        var message = ExitCodes.Message(ex);
        options.Output?.WriteLine($"error: {message}");
        return LoadOutcome.Failure(exitCode, name, message);
    }

    private sealed record LoadPlan(string Name, BddRun Runtime, LoadConfig? Config, string? ConfigPath, LoadScenarioOptions Options, string? Note);
}
