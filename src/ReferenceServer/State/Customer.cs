namespace MfaConformance.ReferenceServer.State;

/// <summary>A customer and its password hashes (persisted). Lock on the instance to change it.</summary>
internal sealed class Customer(CustomerKey key, string? primaryHash, string? mfaHash)
{
    public CustomerKey Key { get; } = key;

    public string? PrimaryPasswordHash { get; set; } = primaryHash;

    public string? MfaPasswordHash { get; set; } = mfaHash;

    /// <summary>The MFA hash replaced by the last change (only read by the old-password-survives-change mutant).</summary>
    public string? PreviousMfaPasswordHash { get; set; }

    /// <summary>Bumped on reset through the hooks: sessions and tokens of an older generation are revoked.</summary>
    public int Generation { get; set; }

    public DateTimeOffset? PrimaryLockedUntil { get; set; }

    public DateTimeOffset? MfaLockedUntil { get; set; }

    /// <summary>When an MFA OTP was last validated, per device (spec #9).</summary>
    public Dictionary<string, DateTimeOffset> MfaOtpVerifiedAt { get; } = new(StringComparer.Ordinal);

    public override string ToString() => $"Customer {{ {Key.Brand}/{Key.IdentifierType} }}";
}
