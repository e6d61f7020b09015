namespace MfaConformance.Client.Fixtures;

/// <summary>A fixtures file is malformed; the message names the file and the bad field (e.g. "customers[2].identifierType").</summary>
public sealed class FixtureFormatException : Exception
{
    public FixtureFormatException()
    {
    }

    public FixtureFormatException(string message)
        : base(message)
    {
    }

    public FixtureFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
