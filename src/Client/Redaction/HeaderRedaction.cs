namespace MfaConformance.Client.Redaction;

/// <summary>Masks header values that carry credentials (authorization, cookies, keys, tokens, secrets).</summary>
internal static class HeaderRedaction
{
    private static readonly string[] SecretFragments = ["authorization", "cookie", "token", "secret", "key", "password", "session"];

    public static bool IsSecretHeader(string name) =>
        SecretFragments.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<KeyValuePair<string, string>> Redact(
        IReadOnlyList<KeyValuePair<string, string>> headers, SecretRedactor redactor) =>
        headers.Select(h => new KeyValuePair<string, string>(
            h.Key, IsSecretHeader(h.Key) ? SecretRegistry.Mask : redactor.RedactText(h.Value))).ToList();
}
