namespace MfaConformance.ReferenceServer.State;

/// <summary>A session id (S or M) with its identity, lifetime and progress. Lock on the instance to change it.</summary>
internal sealed class Session(string id, SessionKind kind, Identity identity, int generation, DateTimeOffset expiresAt)
{
    public string Id { get; } = id;

    public SessionKind Kind { get; } = kind;

    public Identity Identity { get; } = identity;

    public int Generation { get; } = generation;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public bool Consumed { get; set; }

    /// <summary>The error code that locked the session (1518 or 1530), or null.</summary>
    public int? LockedWith { get; set; }

    public OtpRecord? CurrentOtp { get; set; }

    /// <summary>A first-time password waiting for OTP validation (hash only).</summary>
    public string? PendingPasswordHash { get; set; }

    public override string ToString() => $"Session {{ {Kind} }}";
}
