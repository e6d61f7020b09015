using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace MfaConformance.Explorer.Execution;

/// <summary>What the bindings' skip and pending requests do while the explorer runs them.</summary>
internal sealed class ExplorerRuntimeProvider : IUnitTestRuntimeProvider
{
    public void TestPending(string message) => throw new ProgramSkippedException($"pending: {message}");

    public void TestInconclusive(string message) => throw new ProgramSkippedException(message);

    public void TestIgnore(string message) => throw new ProgramSkippedException(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) =>
        exception is ProgramSkippedException ? ScenarioExecutionStatus.Skipped : null;
}
