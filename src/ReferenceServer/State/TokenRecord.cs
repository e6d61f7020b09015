namespace MfaConformance.ReferenceServer.State;

/// <summary>Server-side record of an issued token or key, so it can be revoked.</summary>
internal sealed class TokenRecord(string id, TokenKind kind, Identity identity, int generation, DateTimeOffset issuedAt, DateTimeOffset? expiresAt)
{
    public string Id { get; } = id;

    public TokenKind Kind { get; } = kind;

    public Identity Identity { get; } = identity;

    public int Generation { get; } = generation;

    public DateTimeOffset IssuedAt { get; } = issuedAt;

    public DateTimeOffset? ExpiresAt { get; } = expiresAt;

    public bool Revoked { get; set; }

    /// <summary>For a key: when it last regenerated a token (only the key-expiry-restarts-on-regeneration mutant reads it).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>For T2: the key K2 it was issued with (or regenerated from), revoked with it on logout.</summary>
    public string? LinkedKeyId { get; init; }

    public override string ToString() => $"TokenRecord {{ {Kind} }}";
}
