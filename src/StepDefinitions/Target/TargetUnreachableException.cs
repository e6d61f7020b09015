namespace MfaConformance.StepDefinitions.Target;

/// <summary>The target did not answer at all (a different problem from "no hooks"); the CLI maps it to exit code 3.</summary>
public sealed class TargetUnreachableException : Exception
{
    public TargetUnreachableException()
    {
    }

    public TargetUnreachableException(string message)
        : base(message)
    {
    }

    public TargetUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
