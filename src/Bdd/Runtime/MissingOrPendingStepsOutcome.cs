namespace MfaConformance.Bdd;

/// <summary>Reqnroll's runtime.missingOrPendingStepsOutcome: how undefined/pending scenarios are reported to a host.</summary>
public enum MissingOrPendingStepsOutcome
{
    Inconclusive,
    Ignore,
    Error,
}
