namespace MfaConformance.StepDefinitions.Target;

/// <summary>Preparing the target for the run failed (e.g. the run brand could not be created); the message says which call and why.</summary>
public sealed class TargetSetUpException : Exception
{
    public TargetSetUpException()
    {
    }

    public TargetSetUpException(string message)
        : base(message)
    {
    }

    public TargetSetUpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
