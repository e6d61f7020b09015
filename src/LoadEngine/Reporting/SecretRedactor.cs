using System.Text.RegularExpressions;

namespace MfaConformance.LoadEngine.Reporting;

/// <summary>
/// Last line of defence for free text that reaches reports or the console: masks JWTs, bearer tokens and
/// values of password/otp/token/secret-like keys. Callers still redact their own messages first.
/// </summary>
public static partial class SecretRedactor
{
    /// <summary>The text with secret-looking parts replaced by "***".</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = Jwt().Replace(text, "***");
        result = Bearer().Replace(result, "${1}***");
        return KeyValue().Replace(result, "${1}***");
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+")]
    private static partial Regex Bearer();

    [GeneratedRegex(@"(?i)((?:password|passwd|pwd|otp|token|secret|api[_-]?key|authorization)[A-Za-z_]*""?\s*[:=]\s*""?)[^""\s,;&}]+")]
    private static partial Regex KeyValue();
}
