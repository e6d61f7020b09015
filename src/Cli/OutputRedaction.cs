using MfaConformance.Client;

namespace MfaConformance.Cli;

/// <summary>Last-line redaction of free text the CLI prints (error messages): secret "key": "value" pairs.</summary>
internal static class OutputRedaction
{
    private static readonly SecretRedactor Redactor = new();

    public static string Text(string? text) => Redactor.RedactText(text);
}
