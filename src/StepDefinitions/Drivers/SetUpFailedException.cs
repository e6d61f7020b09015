namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>A set-up call (G*, B*, C*, T12's login) did not succeed; the message names the call and what came back (redacted).</summary>
public sealed class SetUpFailedException : Exception
{
    public SetUpFailedException()
    {
    }

    public SetUpFailedException(string message)
        : base(message)
    {
    }

    public SetUpFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
