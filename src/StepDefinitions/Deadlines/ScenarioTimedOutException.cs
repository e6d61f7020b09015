namespace MfaConformance.StepDefinitions.Deadlines;

/// <summary>A scenario ran past its deadline (its own, or the suite's); the message says which and names the call it was in.</summary>
public sealed class ScenarioTimedOutException : Exception
{
    public ScenarioTimedOutException()
    {
    }

    public ScenarioTimedOutException(string message)
        : base(message)
    {
    }

    public ScenarioTimedOutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
