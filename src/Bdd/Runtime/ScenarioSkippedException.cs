namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// Thrown by our <c>IUnitTestRuntimeProvider.TestIgnore</c>/<c>TestInconclusive</c> (Reqnroll's way to skip a scenario
/// at run time, e.g. when the target lacks a capability); Reqnroll reports the scenario skipped, the xUnit
/// integration reports it skipped with this reason.
/// </summary>
public sealed class ScenarioSkippedException(string reason) : Exception(reason)
{
    public string Reason => Message;
}
