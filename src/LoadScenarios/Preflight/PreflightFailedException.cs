namespace MfaConformance.LoadScenarios.Preflight;

/// <summary>A pre-flight check the target failed; the message names the check and the call.</summary>
public sealed class PreflightFailedException : Exception
{
    public PreflightFailedException()
    {
    }

    public PreflightFailedException(string message)
        : base(message)
    {
    }

    public PreflightFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
