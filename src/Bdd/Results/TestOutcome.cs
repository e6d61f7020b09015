namespace MfaConformance.Bdd.Results;

/// <summary>Outcome of a step, a scenario or a run (Cucumber's statuses).</summary>
public enum TestOutcome
{
    Passed,
    Failed,
    Undefined,
    Ambiguous,
    Pending,
    Skipped,
}
