using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// Reqnroll's unit-test provider for this integration (Reqnroll.xUnit's is not available): skipping throws
/// <see cref="ScenarioSkippedException"/>, pending throws <see cref="ScenarioPendingException"/>, and both are told
/// apart from failures.
/// </summary>
internal sealed class BddUnitTestRuntimeProvider : IUnitTestRuntimeProvider
{
    public const string Name = "mfaconformance";

    public void TestPending(string message) => throw new ScenarioPendingException(message);

    public void TestInconclusive(string message) => throw new ScenarioSkippedException(message);

    public void TestIgnore(string message) => throw new ScenarioSkippedException(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) => exception switch
    {
        ScenarioSkippedException => ScenarioExecutionStatus.Skipped,
        ScenarioPendingException => ScenarioExecutionStatus.StepDefinitionPending,
        _ => null,
    };
}
