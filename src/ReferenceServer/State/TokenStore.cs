using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Security;
using MfaConformance.ReferenceServer.Weaknesses;

namespace MfaConformance.ReferenceServer.State;

/// <summary>Issues JWT-shaped tokens and keys and keeps a server-side record of each so they can be revoked.</summary>
internal sealed class TokenStore(TokenSigner signer, TimeProvider clock, ActiveWeaknesses weaknesses)
{
    private const int PruneEvery = 4096;

    /// <summary>Expired tokens are kept a day so a web client can still regenerate from its expired token.</summary>
    private static readonly TimeSpan KeepAfterExpiry = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, TokenRecord> _records = new(StringComparer.Ordinal);
    private int _issued;

    /// <summary>The counter-token weakness: the token text of each record, and the counter that makes it.</summary>
    private readonly ConcurrentDictionary<string, string> _counterTokens = new(StringComparer.Ordinal);
    private long _counter;

    public string Issue(TokenKind kind, Identity identity, int generation, TimeSpan? lifetime, string? linkedKeyId = null) =>
        IssueWithId(kind, identity, generation, lifetime, linkedKeyId).Token;

    /// <summary>Issues a token or key and returns it with its server-side id.</summary>
    public (string Token, string Id) IssueWithId(TokenKind kind, Identity identity, int generation, TimeSpan? lifetime, string? linkedKeyId = null)
    {
        var now = clock.GetUtcNow();
        var record = new TokenRecord(Guid.NewGuid().ToString("N"), kind, identity, generation, now, lifetime is null ? null : now + lifetime.Value)
        {
            LinkedKeyId = linkedKeyId,
        };
        _records[record.Id] = record;
        if (Interlocked.Increment(ref _issued) % PruneEvery == 0)
        {
            Prune(now);
        }
        var header = new JsonObject
        {
            ["idv"] = new JsonArray(JsonValue.Create($"{identity.IdentifierType}|{identity.IdentifierValue}")),
            ["dev"] = identity.DeviceId,
            ["org"] = identity.Brand,
            ["alg"] = "HS256",
        };
        var payload = new JsonObject
        {
            ["iss"] = "CAPILLARY TECHNOLOGIES",
            ["jti"] = record.Id,
            ["uid"] = $"{identity.IdentifierType}|{identity.IdentifierValue}",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["rol"] = RoleOf(kind),
        };
        if (record.ExpiresAt is { } exp && kind is not (TokenKind.PrimaryKey or TokenKind.MfaKey))
        {
            payload["exp"] = exp.ToUnixTimeSeconds();
        }

        if (kind is TokenKind.PrimaryKey or TokenKind.MfaKey)
        {
            payload["mfa"] = kind == TokenKind.MfaKey;
        }

        if (weaknesses.Is(WeaknessNames.CounterToken))
        {
            var counted = "T-" + Interlocked.Increment(ref _counter).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
            _counterTokens[counted] = record.Id;
            return (counted, record.Id);
        }

        return (signer.Sign(header, payload), record.Id);
    }

    /// <summary>Revokes the token or key with that id, if it is still known.</summary>
    public void Revoke(string? id)
    {
        if (id is not null && _records.TryGetValue(id, out var record))
        {
            record.Revoked = true;
        }
    }

    /// <summary>The record of a token we signed and issued; null when malformed, tampered or unknown.</summary>
    public TokenRecord? Resolve(string token)
    {
        if (_counterTokens.TryGetValue(token, out var counted))
        {
            return _records.TryGetValue(counted, out var found) ? found : null;
        }

        var payload = signer.Verify(token);
        var id = payload?["jti"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? payload["jti"]!.GetValue<string>() : null;
        return id is not null && _records.TryGetValue(id, out var record) ? record : null;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (id, record) in _records)
        {
            if (record.ExpiresAt + KeepAfterExpiry < now)
            {
                _records.TryRemove(id, out _);
            }
        }
    }

    public static string RoleOf(TokenKind kind) => kind switch
    {
        TokenKind.PrimaryView or TokenKind.MfaView => "VIEW",
        TokenKind.PrimaryUser or TokenKind.MfaUser => "USER",
        _ => "AUTH",
    };
}
