using MfaConformance.Bdd.Gherkin;
using Reqnroll;
namespace MfaConformance.Bdd.Runtime;

/// <summary>What one step call did to the scenario: Reqnroll's status after it and, when this step failed, its error.</summary>
public sealed record StepOutcome(GherkinPickleStep Step, ScenarioExecutionStatus Status, bool FailedHere, Exception? Error)
{
    public bool Passed => Status == ScenarioExecutionStatus.OK;
}
