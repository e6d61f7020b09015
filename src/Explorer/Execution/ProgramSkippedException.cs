namespace MfaConformance.Explorer.Execution;

/// <summary>A binding asked to skip (the target lacks a capability the step needs): the program stops, judged on what ran.</summary>
public sealed class ProgramSkippedException(string message) : Exception(message)
{
    public ProgramSkippedException()
        : this("skipped")
    {
    }

    public ProgramSkippedException(string message, Exception inner)
        : this(message + ": " + inner.Message)
    {
    }
}
