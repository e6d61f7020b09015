namespace MfaConformance.Client.Tests.Support;

/// <summary>Sample values shaped like the spec examples; secrets are distinctive so leaks are easy to find.</summary>
internal static class Samples
{
    public const string Brand = "Bukl";
    public const string Mobile = "18767431754";
    public const string Device = "1234";
    public const string Session = "P-f1f3ccd7-0fe9-4159-ab23-2eb33e42f512";
    public const string Password = "S3cret-Passw0rd!";
    public const string NewPassword = "N3w-Passw0rd-9876";
    public const string OtpCode = "048213";
    public const string Token = "opaque-token-7f3a9c2e11";
    public const string Key = "opaque-key-5b8d0e4471";

    public static string TokenResponse(string? token = Token, string? key = Key, string sessionId = "null") =>
        $$$"""
        {"status":{"success":true,"code":200,"message":"SUCCESS"},
         "auth":{"token":{{{Quote(token)}}},"key":{{{Quote(key)}}}},
         "user":{"appRegistered":false,"sessionId":{{{sessionId}}},"role":"USER","userRegisteredForPassword":true}}
        """;

    public static string Error(int code, string message = "Invalid details passed.") =>
        $$$"""{"status":{"success":false,"code":{{{code}}},"message":"{{{message}}}"}}""";

    private static string Quote(string? value) => value is null ? "null" : $"\"{value}\"";
}
