namespace MfaConformance.Bdd;

/// <summary>Thrown (usually through <see cref="ScenarioContext.Skip"/>) to report the scenario as skipped, with a reason.</summary>
public sealed class ScenarioSkippedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
