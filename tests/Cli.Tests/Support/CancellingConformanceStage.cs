using MfaConformance.Cli.Accept;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Tests.Support;

/// <summary>A conformance stage that cancels the run (as Ctrl+C does) and then observes the cancellation.</summary>
internal sealed class CancellingConformanceStage(CancellationTokenSource source) : IConformanceStage
{
    public async Task<ConformanceStageResult> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken)
    {
        await source.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("unreachable: the token was cancelled");
    }
}
