using MfaConformance.Bdd;
using MfaConformance.Cli.Targets;
using MfaConformance.Client;
using MfaConformance.LoadEngine;
using MfaConformance.LoadEngine.Config;
using MfaConformance.LoadScenarios;
using MfaConformance.StepDefinitions;

namespace MfaConformance.Cli.Load;

/// <summary>
/// Runs one load scenario (`load`; reused by `accept` for each flow): resolves the scenario and the load config
/// before anything starts, launches the target (the embedded server with 1,000 PBKDF2 iterations unless the
/// settings say otherwise), prepares it, provisions customers, runs, writes the reports under
/// &lt;reports&gt;/load/&lt;run-id&gt; and prints the summary. Never throws for target faults or bad input.
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
        catch (Exception ex) when (Classify(ex) is { } exitCode)
        {
            return Fail(options, exitCode, name, ex);
        }

        try
        {
            await using var run = plan.Runtime;
            await using var target = await TargetLauncher.LaunchAsync(WithLoadHashing(settings), cancellationToken);
            return await RunPreparedAsync(target, settings, options, plan, cancellationToken);
        }
        catch (Exception ex) when (Classify(ex) is { } exitCode)
        {
            return await NotRunAsync(settings, options, exitCode, plan.Name, ex);
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
        catch (Exception ex) when (Classify(ex) is { } exitCode)
        {
            return Fail(options, exitCode, options.Scenario ?? LoadScenarioNames.Default, ex);
        }

        try
        {
            await using var run = plan.Runtime;
            return await RunPreparedAsync(target, settings, options, plan, cancellationToken);
        }
        catch (Exception ex) when (Classify(ex) is { } exitCode)
        {
            return await NotRunAsync(settings, options, exitCode, plan.Name, ex);
        }
    }

    /// <summary>The embedded server hashes passwords with 1,000 PBKDF2 iterations for load, unless set; external targets are never changed.</summary>
    public static HarnessSettings WithLoadHashing(HarnessSettings settings) =>
        settings.IsEmbedded && settings.EmbeddedPasswordHashIterations is null
            ? settings with { EmbeddedPasswordHashIterations = LoadRunOptions.DefaultEmbeddedHashIterations }
            : settings;

    private static LoadPlan Prepare(HarnessSettings settings, LoadRunOptions options)
    {
        var runtime = LoadSuite.Create(options.SuiteRoot, out _);
        var name = LoadScenarioCatalog.Resolve(options.Scenario ?? LoadScenarioNames.Default, runtime);
        var configPath = options.LoadConfigPath ?? settings.LoadConfigPath;
        var config = configPath is null ? null : LoadConfigFiles.LoadFor(configPath, name);
        var scenarioOptions = new LoadScenarioOptions
        {
            Rate = options.Rate ?? settings.LoadRate ?? 20,
            Duration = options.Duration ?? TimeSpan.FromSeconds(30),
            WarmUp = options.WarmUp ?? TimeSpan.FromSeconds(2),
            Seed = options.Seed ?? LoadScenarioOptions.DefaultSeed,
            Customers = options.Customers,
        };
        scenarioOptions.ToSimulations();
        return new LoadPlan(name, runtime, config, configPath, scenarioOptions);
    }

    private static async Task<LoadOutcome> RunPreparedAsync(LaunchedTarget target, HarnessSettings settings, LoadRunOptions options, LoadPlan plan, CancellationToken cancellationToken)
    {
        var output = options.Output ?? TextWriter.Null;
        await using var loadTarget = await LoadTarget.CreateAsync(target.Options, plan.Options.Seed, settings.FixturesPath, cancellationToken: cancellationToken);
        await LoadReqnrollRun.StartAsync(plan.Runtime, loadTarget);
        var definition = LoadScenarioCatalog.Create(plan.Name, loadTarget, plan.Options, plan.Runtime);
        output.WriteLine($"Target: {target.Description}{(target.Server is null ? string.Empty : $" (password hashing {settings.EmbeddedPasswordHashIterations ?? LoadRunOptions.DefaultEmbeddedHashIterations} PBKDF2 iterations)")}");
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

        if (plan.Config is null || !LoadConfigFiles.HasThresholds(plan.Config, definition.Name))
        {
            builder.WithThresholds([.. definition.DefaultThresholds(options.StepP99Milliseconds)]);
        }

        var preflightPassed = await PreflightAsync(builder, loadTarget, settings, options, plan, output, cancellationToken);
        var result = options.Cluster is { } cluster && preflightPassed
            ? await builder.RunClusterAsync(cluster, ClusterSpecFor(target, loadTarget, plan).ToJson(), cancellationToken)
            : await builder.RunAsync(cancellationToken);
        LoadSummaryWriter.Write(output, result);
        var exitCode = result.ExitCode == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        var preflightOff = !(options.Preflight ?? settings.LoadPreflight);
        output.WriteLine(exitCode == ExitCodes.Ok ? (preflightOff ? "Verdict: every threshold held (no pre-flight: the target's conformance was not checked)." : "Verdict: every threshold held.")
            : result.Cancelled ? "Verdict: the run was cancelled."
            : result.Stats.Scenarios.Count == 0 ? "Verdict: the load did not run (see the run error above)."
            : "Verdict: a threshold broke (or the run failed).");
        return new LoadOutcome(exitCode, definition.Name, result, result.ReportFolder, result.Errors.FirstOrDefault());
    }

    /// <summary>
    /// Before the clock starts: the conformance pre-flight (a target that fails it fails the run, whatever the
    /// thresholds say, and nothing is measured), or, when turned off, a note in the report saying so. Returns false when
    /// it failed (the builder then writes the reports of a run that did not start).
    /// </summary>
    private static async Task<bool> PreflightAsync(LoadRunBuilder builder, LoadTarget target, HarnessSettings settings, LoadRunOptions options, LoadPlan plan, TextWriter output, CancellationToken cancellationToken)
    {
        if (!(options.Preflight ?? settings.LoadPreflight))
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
        var message = SecretRedactor.Default.RedactText(ex.Message);
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

    private static Cluster.ClusterSpec ClusterSpecFor(LaunchedTarget target, LoadTarget loadTarget, LoadPlan plan)
    {
        if (!loadTarget.Conformance.HasHooks)
        {
            throw new LoadScenarioException("cluster runs need a target with the sandbox hooks: every agent provisions its own part of the customers (identity fixtures are not split across agents)");
        }

        if (!LoadScenarioCatalog.IsFlow(plan.Name))
        {
            throw new LoadScenarioException($"cluster runs take the C# flows ({string.Join(", ", LoadScenarioNames.Flows.Concat(LoadScenarioNames.Parts))}); '{plan.Name}' is a Gherkin scenario");
        }

        // the load config travels too: its shape (simulations, warm-up, intervals, lateness) must be the agents' as well
        return new Cluster.ClusterSpec(target.Options.BaseUrl.ToString(), target.Options.Brand, plan.Name, plan.Options.Rate, plan.Options.Duration.Ticks, plan.Options.WarmUp.Ticks, plan.Options.Seed, plan.Options.Customers)
        {
            LoadConfigJson = plan.ConfigPath is { } path ? File.ReadAllText(path) : null,
            TimeoutTicks = target.Options.Timeout.Ticks,
            MaxResponseBytes = target.Options.MaxResponseBytes,
        };
    }

    private static LoadOutcome Fail(LoadRunOptions options, int exitCode, string name, Exception ex)
    {
        var message = SecretRedactor.Default.RedactText(ex.Message);
        options.Output?.WriteLine($"error: {message}");
        return LoadOutcome.Failure(exitCode, name, message);
    }

    /// <summary>The exit code of an exception that ends the run, or null for a harness bug (rethrown).</summary>
    private static int? Classify(Exception ex) => ex switch
    {
        TargetUnreachableException => ExitCodes.Unreachable,
        SettingsException or LoadConfigException or LoadScenarioException => ExitCodes.Usage,
        BddConfigurationException or BddFeatureException => ExitCodes.Usage,
        ArgumentException or Client.FixtureFormatException => ExitCodes.Usage,
        TargetSetUpException or IOException or InvalidOperationException => ExitCodes.Failed,
        _ => null,
    };

    private sealed record LoadPlan(string Name, BddRun Runtime, LoadConfig? Config, string? ConfigPath, LoadScenarioOptions Options);
}
