using System.Reflection;
using MfaConformance.Bdd;
using MfaConformance.Cli.Load;
using MfaConformance.Client;
using MfaConformance.Client.Redaction;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Accept;

/// <summary>
/// `accept`: launches the target, checks it can be reached, runs the suite, then a short load run of every flow,
/// and writes the acceptance bundle to <c>{reports}/accept/{run-id}/</c>. Always writes the bundle, also when the
/// target (or the cluster's NATS server) is unreachable or a stage fails. Exit codes: 0 every documented requirement
/// met and every threshold held; 1 a requirement failed, a threshold broke, a stage failed or nothing was checked;
/// 3 the target or the NATS server could not be reached.
/// </summary>
internal sealed class AcceptRunner(IConformanceStage conformance, ILoadStage load, TimeProvider? timeProvider = null, IExploreStage? explore = null, ISecurityStage? security = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly IExploreStage _explore = explore ?? new SkippedExploreStage("not part of this run");
    private (string RunId, string Path, IReadOnlyList<RequirementChange> Requirements)? _baseline;
    private readonly ISecurityStage _security = security ?? SecurityStage.Skipped("not part of this run");

    public static string HarnessVersion =>
        typeof(AcceptRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task<AcceptOutcome> RunAsync(HarnessSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow();
        var runId = $"{started:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
        var bundle = Path.GetFullPath(Path.Combine(settings.ReportsFolder, "accept", runId));
        Directory.CreateDirectory(bundle);
        var stageSettings = settings with { ReportsFolder = bundle };
        _baseline = settings.BaselinePath is { } baselinePath ? AcceptBaseline.Read(baselinePath) : null;

        await using var target = await TargetFactory.LaunchAsync(settings, cancellationToken);
        await output.WriteLineAsync($"accept: target {target.Description}; bundle {bundle}");
        var report = new AcceptReport
        {
            RunId = runId,
            Target = target.Description,
            HarnessVersion = HarnessVersion,
            Configuration = load.Description is { } loadSetUp ? $"{AcceptJudgement.Describe(settings)}; {loadSetUp}" : AcceptJudgement.Describe(settings),
            StartedAt = started,
            Verdict = AcceptVerdict.Accepted,
            ExitCode = ExitCodes.Ok,
        };

        if ((await ReachabilityProbe.ProbeAsync(target.Options, cancellationToken) ?? await load.ProbeAsync(cancellationToken)) is { } unreachable)
        {
            await output.WriteLineAsync($"error: {unreachable.Message}");
            report = report with { UnreachableMessage = unreachable.Message, UnreachableWhat = unreachable.What, LoadNotRunReason = $"{unreachable.What} could not be reached" };
            return Finish(report, bundle, started);
        }

        await output.WriteLineAsync("accept: running the conformance suite...");
        ConformanceStageResult suite;
        try
        {
            suite = await RunSuiteAsync(target, stageSettings, output, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Finish(Cancelled(report, "during the conformance suite"), bundle, started);
        }

        if (suite.UsageError)
        {
            throw new SettingsException("configuration", suite.Error ?? "the suite refused its configuration");
        }

        if (suite.Unreachable)
        {
            report = report with { UnreachableMessage = suite.Error ?? "the target could not be reached", LoadNotRunReason = "the target could not be reached" };
            return Finish(report, bundle, started);
        }

        report = report with
        {
            Suite = suite.Suite,
            Requirements = suite.Run is null ? [] : RequirementResults.From(suite.Run, CitationIndex.Build(suite.Run)),
            Rules = suite.Run is null || suite.Matrix is null ? [] : RuleVerdicts.From(suite.Matrix, suite.Run),
            RunErrors = suite.Run is null ? [$"the conformance suite could not run: {suite.Error}"] : [.. suite.Run.RunErrors.Select(SecretRedactor.Default.RedactText)],
        };
        if (suite.Run is not null && AcceptJudgement.NothingVerified(report) is { } nothing)
        {
            report = report with { RunErrors = [.. report.RunErrors, nothing] };
        }

        await output.WriteLineAsync($"accept: suite done: {AcceptJudgement.Counts(report)}");
        try
        {
            await output.WriteLineAsync("accept: exploring generated call programs against the model of the documentation...");
            report = report with { Explore = await _explore.RunAsync(target, stageSettings, cancellationToken) };
            await output.WriteLineAsync(report.Explore.NotRunReason is { } notExplored
                ? $"accept: explore not run: {notExplored}"
                : $"accept: explore done: {report.Explore.Programs} programs, {report.Explore.Calls} calls, {report.Explore.Contradictions.Count} contradiction(s)");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            report = Cancelled(report, "during the explore stage");
        }

        try
        {
            report = report with { Security = await _security.RunAsync(target, bundle, cancellationToken) };
            await output.WriteLineAsync(report.Security.NotRunReason is { } notChecked
                ? $"accept: security not run: {notChecked}"
                : $"accept: security (advisory) done: {report.Security.Findings} finding(s) in {report.Security.Checks.Count} rows, {report.Security.ElapsedSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            report = Cancelled(report, "during the security stage");
        }

        if (load.UnavailableReason is { } reason)
        {
            report = report with { LoadNotRunReason = reason };
        }
        else
        {
            await output.WriteLineAsync($"accept: short load run of every flow (each: {LoadRunnerService.DescribeShape(settings)})...");
            try
            {
                var runs = await load.RunAsync(target, stageSettings, cancellationToken);
                report = report with { Load = [.. runs.Select(r => LoadSummaries.From(r, bundle))] };
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                report = Cancelled(report, "during the load runs");
            }
        }

        return Finish(report, bundle, started);
    }

    /// <summary>Ctrl+C: the bundle is still written, with what finished, and says the run was cut short (exit 1).</summary>
    private static AcceptReport Cancelled(AcceptReport report, string when) => report with
    {
        RunErrors = [.. report.RunErrors, $"the run was cancelled {when}; the results are incomplete"],
        LoadNotRunReason = report.Load.Count == 0 ? "the run was cancelled" : report.LoadNotRunReason,
    };

    private async Task<ConformanceStageResult> RunSuiteAsync(LaunchedTarget target, HarnessSettings settings, TextWriter output, CancellationToken ct)
    {
        try
        {
            return await conformance.RunAsync(target, settings, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = SecretRedactor.Default.RedactText(ex.Message);
            await output.WriteLineAsync($"error: the conformance suite failed to run: {error}");
            return new ConformanceStageResult(null, [], error);
        }
    }

    private AcceptOutcome Finish(AcceptReport report, string bundle, DateTimeOffset started)
    {
        var verdict = AcceptJudgement.Judge(report);
        report = report with
        {
            Verdict = verdict,
            ExitCode = verdict switch { AcceptVerdict.Accepted => ExitCodes.Ok, AcceptVerdict.NotRun => ExitCodes.Unreachable, _ => ExitCodes.Failed },
            Duration = _time.GetUtcNow() - started,
            Baseline = _baseline is { } b ? AcceptBaseline.Diff(b.RunId, b.Path, b.Requirements, report.Requirements) : null,
        };
        BundleWriter.Write(report, bundle);
        return new AcceptOutcome(report.ExitCode, bundle, report);
    }
}
