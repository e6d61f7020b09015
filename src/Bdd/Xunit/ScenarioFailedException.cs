namespace MfaConformance.Bdd.Xunit;

/// <summary>Reported to xUnit for a failed scenario: the first failing step and its exception's message.</summary>
public sealed class ScenarioFailedException(string message, Exception? inner = null) : Exception(message, inner)
{
    public override string? StackTrace => InnerException?.StackTrace ?? base.StackTrace;
}
