namespace MfaConformance.Bdd;

/// <summary>Thrown by a step that is not implemented yet; the scenario's outcome is Pending.</summary>
public sealed class PendingStepException(string message = "One or more step definitions are not implemented yet.")
    : Exception(message);
