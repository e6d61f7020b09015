using MfaConformance.Bdd;
using MfaConformance.Cli.Accept;
using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Tests.Support;

/// <summary>A conformance stage returning a given result (and recording that it ran).</summary>
internal sealed class FakeConformanceStage(ConformanceStageResult result) : IConformanceStage
{
    public FakeConformanceStage(TestRunResult run)
        : this(new ConformanceStageResult(run, []))
    {
    }

    public bool Ran { get; private set; }

    public Task<ConformanceStageResult> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken)
    {
        Ran = true;
        return Task.FromResult(result);
    }
}

/// <summary>A load stage returning given flow runs.</summary>
internal sealed class FakeLoadStage(params FlowLoadRun[] runs) : ILoadStage
{
    public string? UnavailableReason => null;

    public Task<IReadOnlyList<FlowLoadRun>> RunAsync(LaunchedTarget target, HarnessSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FlowLoadRun>>(runs);
}

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
