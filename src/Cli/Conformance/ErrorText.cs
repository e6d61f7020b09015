namespace MfaConformance.Cli.Conformance;

/// <summary>Exception messages for the console: without .NET's " (Parameter 'x')" suffix.</summary>
internal static class ErrorText
{
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is ArgumentException { ParamName: { } name } argument
            ? argument.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
            : exception.Message;
    }
}
