using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Accept;

/// <summary>Runs the suite the way `verify` does (src/Cli/Conformance). Pending: waits for the verify runner to land.</summary>
internal sealed class VerifyConformanceStage : IConformanceStage
{
    public Task<ConformanceStageResult> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the conformance suite runner (verify) is not available in this build yet");
}
