namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>
/// A check of the features/README.md glossary did not hold. The message is the whole story, first what was
/// expected, then what came back (the call, the HTTP status, the parsed code, the redacted body): no assertion
/// library preamble in front of it in the console, JUnit or the HTML report.
/// </summary>
public sealed class CheckFailedException : Exception
{
    public CheckFailedException()
    {
    }

    public CheckFailedException(string message)
        : base(message)
    {
    }

    public CheckFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
