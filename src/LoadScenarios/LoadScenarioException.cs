namespace MfaConformance.LoadScenarios;

/// <summary>A load scenario cannot be built or prepared (unknown name, missing capability, provisioning failed). The message says why.</summary>
public sealed class LoadScenarioException : Exception
{
    public LoadScenarioException(string message)
        : base(message)
    {
    }

    public LoadScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
