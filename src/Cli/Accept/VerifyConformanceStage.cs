using MfaConformance.Cli.Conformance;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Accept;

/// <summary>Runs the suite exactly as `verify` does (<see cref="VerifyRunner"/>); its reports go to the bundle's conformance/.</summary>
internal sealed class VerifyConformanceStage(VerifyRunOptions options) : IConformanceStage
{
    public async Task<ConformanceStageResult> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken)
    {
        var outcome = await new VerifyRunner().RunSuiteAsync(target, settings, options, cancellationToken);
        return new ConformanceStageResult(outcome.Run, outcome.ReportFiles, outcome.Error, outcome.ExitCode == ExitCodes.Unreachable)
        {
            UsageError = outcome.ExitCode == ExitCodes.Usage,
            Matrix = outcome.Run is null || outcome.Suite is null ? null : await SuitePickles.LoadMatrixAsync(outcome.Suite.FeaturesFolder),
            Suite = SuiteSummary.From(outcome.Suite, outcome.Summary),
        };
    }
}
