using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Security;

/// <summary>HS256 JWT-shaped tokens signed with a per-process random secret.</summary>
internal sealed class TokenSigner
{
    private readonly byte[] _secret = RandomNumberGenerator.GetBytes(32);

    public string Sign(JsonObject header, JsonObject payload)
    {
        var head = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString()));
        var body = Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = Base64Url(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(head + "." + body)));
        return head + "." + body + "." + signature;
    }

    /// <summary>The payload when the token is well formed and its signature is ours; otherwise null.</summary>
    public JsonObject? Verify(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return null;
        }

        var expected = HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(parts[0] + "." + parts[1]));
        var given = FromBase64Url(parts[2]);
        if (given is null || !CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return null;
        }

        try
        {
            var payloadBytes = FromBase64Url(parts[1]);
            return payloadBytes is null ? null : JsonNode.Parse(payloadBytes) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
        try
        {
            return Convert.FromBase64String(s);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
