namespace MfaConformance.Targets.Errors;

/// <summary>
/// An error of the harness that knows how the run ends: it carries its exit code (as k6's errors do), and the
/// command line reads it in one place (<c>ExitCodes.Of</c> in the CLI). The message is fit for the console: it names
/// what is wrong and never holds a secret.
/// </summary>
public abstract class HarnessException : Exception
{
    protected HarnessException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public abstract ExitCode ExitCode { get; }
}
