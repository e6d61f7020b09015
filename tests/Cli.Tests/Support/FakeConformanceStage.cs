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
