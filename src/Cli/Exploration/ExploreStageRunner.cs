using System.Globalization;
using MfaConformance.Explorer.Exploration;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Exploration;

/// <summary>
/// Runs `explore` (and the explore stage of `accept`): launches or names the target, prepares it (the sandbox hooks are
/// required: brands, customers, OTPs, the clock), explores from the seed, prints the seed first so any run replays, and
/// writes the reports. Exit 0: something was explored and nothing contradicted the documentation; 1: a contradiction of
/// a must, or nothing could be explored; 2: bad usage; 3: the target could not be reached.
/// </summary>
internal sealed class ExploreStageRunner
{
    public const string ReportsSubfolder = "explore";

    public async Task<ExploreOutcome> RunAsync(HarnessSettings settings, ExploreRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        var output = options.Output ?? TextWriter.Null;
        try
        {
            var explore = options.Explore with { Seed = ExploreRunner.NormalizeSeed(options.Explore.Seed) };
            await using var launched = await TargetFactory.LaunchAsync(settings, cancellationToken);
            return await RunOnAsync(launched, settings, options with { Explore = explore }, cancellationToken);
        }
        catch (Exception ex) when (ExitCodes.IsExpected(ex))
        {
            output.WriteLine($"error: {ExitCodes.Message(ex)}");
            return ExploreOutcome.Failure(ExitCodes.Of(ex), ExitCodes.Message(ex));
        }
    }

    /// <summary>Explores an already launched target (the explore stage of `accept`).</summary>
    public async Task<ExploreOutcome> RunOnAsync(LaunchedTarget launched, HarnessSettings settings, ExploreRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launched);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        var output = options.Output ?? TextWriter.Null;
        var seed = ExploreRunner.NormalizeSeed(options.Explore.Seed);
        output.WriteLine($"Explore seed: {seed} (replay this run with --seed {seed})");
        var extra = TargetFactory.PreparationFor(settings) with { RecordExchanges = false };
        await using var target = await ConformanceTarget.CreateAsync(launched.Options, extra, cancellationToken);
        output.WriteLine($"Target: {launched.Description}");
        var runner = new ExploreRunner(target);
        if (options.Replay is { } replay)
        {
            return await ReplayAsync(runner, replay, output, cancellationToken);
        }

        var lastLine = DateTime.UtcNow;
        var explore = options.Explore with
        {
            Seed = seed,
            Progress = p =>
            {
                if (DateTime.UtcNow - lastLine > TimeSpan.FromSeconds(10))
                {
                    lastLine = DateTime.UtcNow;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  explored {p.Programs} programs, {p.Calls} calls, {p.Contradictions} contradicting, {p.Elapsed.TotalSeconds:0} s"));
                }
            },
        };
        var result = await runner.RunAsync(explore, cancellationToken);
        var folder = options.ReportsFolder ?? Path.GetFullPath(Path.Combine(settings.ReportsFolder, ReportsSubfolder, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));
        var reports = ExploreReportWriter.Write(result, folder, launched.Description);
        Print(result, output);
        output.WriteLine($"Reports: {Path.Combine(folder, ExploreReportWriter.MarkdownFile)}");
        var exitCode = result.Ran && !result.Contradicted ? ExitCodes.Ok : ExitCodes.Failed;
        return new ExploreOutcome(exitCode, result, reports);
    }

    private static async Task<ExploreOutcome> ReplayAsync(ExploreRunner runner, string programSeed, TextWriter output, CancellationToken cancellationToken)
    {
        var run = await runner.ReplayAsync(programSeed, cancellationToken);
        output.WriteLine($"Replayed program {programSeed}: {run.CallCount} calls.");
        output.WriteLine(Explorer.Printing.ExchangePrinter.Print(run));
        output.WriteLine(run.Contradiction is { } c ? $"Verdict: NOT CONFORMANT: {c}" : run.SetUpFailed ? $"Verdict: NOT EXPLORED: {run.Stopped}" : "Verdict: no contradiction in this program.");
        return new ExploreOutcome(run.Contradicted || run.SetUpFailed ? ExitCodes.Failed : ExitCodes.Ok, null, []);
    }

    private static void Print(ExploreResult result, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Explored {result.Programs} programs ({result.Calls} calls; {result.Musts} answers the documentation fixes, {result.Eithers} it leaves open) in {result.Elapsed.TotalSeconds:0.0} s."));
        foreach (var found in result.Contradictions)
        {
            output.WriteLine();
            output.WriteLine($"Contradiction: {found.Contradiction}");
            output.WriteLine(found.Reproduced
                ? string.Create(CultureInfo.InvariantCulture, $"  program {found.ProgramNumber} (seed {found.ProgramSeed}), {found.OriginalSteps} steps, shrunk to {found.Steps} in {found.Replays} replays:")
                : $"  program {found.ProgramNumber} (seed {found.ProgramSeed}), not shown again on replay; as it ran:");
            output.WriteLine(found.Gherkin);
        }

        output.WriteLine($"Verdict: {ExploreReportWriter.Verdict(result)}");
    }
}
