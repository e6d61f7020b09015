using MfaConformance.Cli.Exploration;
using MfaConformance.Explorer.Exploration;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Rules;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Accept;

/// <summary>Explores the target as `explore` does, within the acceptance's budget; its reports go to the bundle's explore/.</summary>
internal sealed class ExplorerStage(ExploreOptions options, TextWriter? output) : IExploreStage
{
    public async Task<ExploreSummary> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(settings.ReportsFolder, ExploreStageRunner.ReportsSubfolder);
        try
        {
            var outcome = await new ExploreStageRunner().RunOnAsync(target, settings, new ExploreRunOptions { Explore = options, ReportsFolder = folder, Output = output }, cancellationToken);
            return From(outcome.Result!, settings.ReportsFolder);
        }
        catch (Exception ex) when (ex is TargetUnreachableException or TargetSetUpException)
        {
            return new ExploreSummary { Seed = options.Seed ?? string.Empty, NotRunReason = $"the target could not be prepared: {ExitCodes.Message(ex)}" };
        }
    }

    public static ExploreSummary From(ExploreResult result, string bundle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var contradictions = result.Contradictions.Select((c, i) => new ExploreFinding(
            c.RuleId, RuleCatalog.Find(c.RuleId)?.Title ?? c.RuleId, c.Endpoint, c.Contradiction.Expected, c.Contradiction.Observed, c.Contradiction.Reason,
            c.ProgramSeed, c.Steps, c.Calls, c.Gherkin,
            $"{ExploreStageRunner.ReportsSubfolder}/{ExploreReportWriter.ExchangesFolder}/{i + 1:00}-{c.RuleId}.txt")).ToList();
        return new ExploreSummary
        {
            Seed = result.Seed,
            Programs = result.Programs,
            Calls = result.Calls,
            Musts = result.Musts,
            ElapsedSeconds = Math.Round(result.Elapsed.TotalSeconds, 1),
            Contradictions = contradictions,
            Report = $"{ExploreStageRunner.ReportsSubfolder}/{ExploreReportWriter.MarkdownFile}",
            NotRunReason = result.NotRunReason ?? (result.Ran ? null : "the target refused the set-up of every program"),
        };
    }
}
