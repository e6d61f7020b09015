using System.Reflection;
using MfaConformance.Bdd;
using MfaConformance.Cli.Load;
using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Accept;

/// <summary>
/// `accept`: launches the target, checks it can be reached, runs the suite, then a short load run of every flow,
/// and writes the acceptance bundle to <c>{reports}/accept/{run-id}/</c>. Always writes the bundle, also when the
/// target is unreachable or a stage fails. Exit codes: 0 every documented requirement met and every threshold
/// held; 1 a requirement failed, a threshold broke or a stage failed; 3 the target could not be reached.
/// </summary>
internal sealed class AcceptRunner(IConformanceStage conformance, ILoadStage load, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public static string HarnessVersion =>
        typeof(AcceptRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task<AcceptOutcome> RunAsync(HarnessSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow();
        var runId = $"{started:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
        var bundle = Path.GetFullPath(Path.Combine(settings.ReportsFolder, "accept", runId));
        Directory.CreateDirectory(bundle);
        var stageSettings = settings with { ReportsFolder = bundle };

        // The embedded server hashes passwords with the load setting (1,000 PBKDF2 iterations unless configured):
        // the hash cost changes no rule the suite checks, and the flows' load runs use the same server.
        await using var target = await TargetLauncher.LaunchAsync(LoadRunnerService.WithLoadHashing(settings), cancellationToken);
        await output.WriteLineAsync($"accept: target {target.Description}; bundle {bundle}");
        var report = new AcceptReport
        {
            RunId = runId,
            Target = target.Description,
            HarnessVersion = HarnessVersion,
            Configuration = Describe(settings),
            StartedAt = started,
            Verdict = AcceptVerdict.Passed,
            ExitCode = ExitCodes.Ok,
        };

        if (await ReachabilityProbe.ProbeAsync(target.Options, cancellationToken) is { } unreachable)
        {
            await output.WriteLineAsync($"error: {unreachable}");
            report = report with { UnreachableMessage = unreachable, LoadNotRunReason = "the target could not be reached" };
            return Finish(report, bundle, null, started);
        }

        await output.WriteLineAsync("accept: running the conformance suite...");
        var suite = await RunSuiteAsync(target, stageSettings, output, cancellationToken);
        if (suite.UsageError)
        {
            throw new SettingsException("configuration", suite.Error ?? "the suite refused its configuration");
        }

        if (suite.Unreachable)
        {
            report = report with { UnreachableMessage = suite.Error ?? "the target could not be reached", LoadNotRunReason = "the target could not be reached" };
            return Finish(report, bundle, null, started);
        }

        report = report with
        {
            Requirements = suite.Run is null ? [] : RequirementResults.From(suite.Run, CitationIndex.Build(suite.Run, CitationIndex.DefaultRoots())),
            RunErrors = suite.Run is null ? [$"the conformance suite could not run: {suite.Error}"] : [.. suite.Run.RunErrors.Select(OutputRedaction.Text)],
        };
        if (suite.Run is not null && NothingVerified(report) is { } nothing)
        {
            report = report with { RunErrors = [.. report.RunErrors, nothing] };
        }
        await output.WriteLineAsync($"accept: suite done: {Counts(report)}");

        if (load.UnavailableReason is { } reason)
        {
            report = report with { LoadNotRunReason = reason };
        }
        else
        {
            await output.WriteLineAsync($"accept: short load run of every flow ({settings.LoadDuration.TotalSeconds:0.#} s each)...");
            var runs = await load.RunAsync(target, stageSettings, cancellationToken);
            report = report with { Load = [.. runs.Select(r => LoadSummaries.From(r, bundle))] };
        }

        return Finish(report, bundle, suite.Run, started);
    }

    private async Task<ConformanceStageResult> RunSuiteAsync(LaunchedTarget target, HarnessSettings settings, TextWriter output, CancellationToken ct)
    {
        try
        {
            return await conformance.RunAsync(target, settings, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = OutputRedaction.Text(ex.Message);
            await output.WriteLineAsync($"error: the conformance suite failed to run: {error}");
            return new ConformanceStageResult(null, [], error);
        }
    }

    private AcceptOutcome Finish(AcceptReport report, string bundle, TestRunResult? run, DateTimeOffset started)
    {
        var verdict = Judge(report);
        report = report with
        {
            Verdict = verdict,
            ExitCode = verdict switch { AcceptVerdict.Passed => ExitCodes.Ok, AcceptVerdict.Unreachable => ExitCodes.Unreachable, _ => ExitCodes.Failed },
            Duration = _time.GetUtcNow() - started,
        };
        BundleWriter.Write(report, run, bundle);
        return new AcceptOutcome(report.ExitCode, bundle, report);
    }

    /// <summary>
    /// An acceptance needs evidence: when no @documented scenario passed (none selected, or every one not run for
    /// a missing capability), says so with the most frequent reasons; else null.
    /// </summary>
    public static string? NothingVerified(AcceptReport report)
    {
        var documented = report.Level(RequirementResults.Documented).ToList();
        if (documented.Any(r => r.Outcome != "not run"))
        {
            return null;
        }

        var reasons = documented.GroupBy(r => r.Message ?? "skipped").OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Count()} x {g.Key}");
        return documented.Count == 0
            ? "no @documented scenario was selected (check --tags): nothing was verified"
            : $"none of the {documented.Count} @documented scenarios could run on this target: {string.Join("; ", reasons)}";
    }

    /// <summary>One line on how the harness was set up; names sources and kinds, never values of secrets.</summary>
    public static string Describe(HarnessSettings s) => string.Join("; ", new[]
    {
        s.ConfigPath is null ? "no configuration file" : $"configuration file {s.ConfigPath}",
        $"brand {s.Brand ?? "created through the sandbox hooks"}",
        s.FixturesPath is null ? "identities through the sandbox hooks" : $"identity fixtures {s.FixturesPath}",
        $"OTP source {s.Otp.Kind.ToString().ToLowerInvariant()}",
        $"timeout {s.Timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s",
        s.ExtraHeaders.Count == 0 ? "no extra headers" : $"extra headers {string.Join(", ", s.ExtraHeaders.Keys)}",
    });

    public static AcceptVerdict Judge(AcceptReport report)
    {
        if (report.UnreachableMessage is not null)
        {
            return AcceptVerdict.Unreachable;
        }

        var failed = report.RunErrors.Count > 0
            || report.Level(RequirementResults.Documented).Any(r => r.Outcome == "failed")
            || report.Load.Any(l => !l.Passed);
        return failed ? AcceptVerdict.Failed : AcceptVerdict.Passed;
    }

    public static string Counts(AcceptReport report) => string.Join("; ", new[] { RequirementResults.Documented, RequirementResults.Inferred, RequirementResults.Hardening }
        .Select(level => $"{level} {report.Level(level).Count(r => r.Outcome == "passed")} passed, {report.Level(level).Count(r => r.Outcome == "failed")} failed, {report.Level(level).Count(r => r.Outcome == "not run")} not run"));
}
