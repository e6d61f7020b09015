namespace MfaConformance.ReferenceServer.State;

/// <summary>A session id (S or M) with its identity, lifetime and progress. Lock on the instance to change it.</summary>
internal sealed class Session(string id, SessionKind kind, Identity identity, int generation, DateTimeOffset createdAt, TimeSpan lifetime)
{
    public string Id { get; } = id;

    public SessionKind Kind { get; } = kind;

    public Identity Identity { get; } = identity;

    public int Generation { get; } = generation;

    /// <summary>The configured lifetime the session was created with.</summary>
    public TimeSpan Lifetime { get; } = lifetime;

    /// <summary>Creation time plus lifetime; only the session-lifetime-slides mutant moves it (holding the session's lock).</summary>
    public DateTimeOffset ExpiresAt { get; set; } = createdAt + lifetime;

    public bool Consumed { get; set; }

    /// <summary>The error code that locked the session (1518 or 1530), or null.</summary>
    public int? LockedWith { get; set; }

    public OtpRecord? CurrentOtp { get; set; }

    /// <summary>A first-time password waiting for OTP validation (hash only).</summary>
    public string? PendingPasswordHash { get; set; }

    public override string ToString() => $"Session {{ {Kind} }}";
}
