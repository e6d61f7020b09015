namespace MfaConformance.LoadEngine;

/// <summary>A load configuration, threshold expression or scenario set-up that cannot be used; the message says why.</summary>
public sealed class LoadConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LoadConfigException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public LoadConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public LoadConfigException()
        : base("invalid load configuration")
    {
    }
}
