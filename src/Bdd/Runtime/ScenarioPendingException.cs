namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// Thrown by our <c>IUnitTestRuntimeProvider.TestPending</c> at the end of a scenario with an undefined or pending step
/// (reqnroll.json runtime.missingOrPendingStepsOutcome "Pending"): the message is Reqnroll's, with the snippet of
/// every undefined step. The xUnit integration reports it as a failure.
/// </summary>
public sealed class ScenarioPendingException(string message) : Exception(message);
