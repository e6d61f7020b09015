namespace MfaConformance.Explorer.Model;

/// <summary>
/// A session, token or key the target issued, as the model tracks it: whom it was issued for, when, how long the
/// documentation says it lives, and whether something may have ended it (consumed, superseded, revoked).
/// </summary>
public sealed class ModelCredential(CredentialKind kind, string value, ModelCustomer owner, Identity bound, Moment issued, int sequence)
{
    private readonly List<ModelOtp> _otps = [];

    public CredentialKind Kind { get; } = kind;

    /// <summary>The value as issued (a secret: never printed).</summary>
    public string Value { get; } = value;

    public ModelCustomer Owner { get; } = owner;

    /// <summary>The identity fields every later call with it must repeat.</summary>
    public Identity Bound { get; } = bound;

    public Moment Issued { get; } = issued;

    /// <summary>Order of issue in the program.</summary>
    public int Sequence { get; } = sequence;

    /// <summary>The documented lifetime in seconds (a range when two keys name it); null: it does not expire.</summary>
    public (double Min, double Max)? Lifetime { get; init; }

    /// <summary>True when the lifetime is only a lower bound the documentation guarantees (T1: "15 minutes by default", #10).</summary>
    public bool LifetimeIsFloor { get; init; }

    /// <summary>Whether something the documentation leaves open may have ended it (consumed by a validation, superseded, revoked by a logout or a password change).</summary>
    public Tri Ended { get; set; } = Tri.No;

    /// <summary>Why <see cref="Ended"/> is not No.</summary>
    public string? EndedReason { get; set; }

    /// <summary>Certainly revoked by a successful mfa/token/expire.</summary>
    public bool Revoked { get; set; }

    /// <summary>Sessions: whether an OTP request succeeded on it (then an OTP was issued even if the hook could not read it).</summary>
    public bool OtpRequested { get; set; }

    /// <summary>Sessions: the OTPs issued for it, oldest first.</summary>
    public IReadOnlyList<ModelOtp> Otps => _otps;

    /// <summary>MFA sessions: the first-time password sent when it was requested (registered by the OTP step, 1.4).</summary>
    public string? PendingPassword { get; set; }

    public void AddOtp(ModelOtp otp) => _otps.Add(otp);

    public bool IsSession => Kind is CredentialKind.FirstFactorSession or CredentialKind.MfaSession;

    public void MayHaveEnded(string reason)
    {
        if (Ended == Tri.No)
        {
            Ended = Tri.Maybe;
            EndedReason = reason;
        }
    }

    public override string ToString() => $"{Describe(Kind)} #{Sequence}";

    public static string Describe(CredentialKind kind) => kind switch
    {
        CredentialKind.FirstFactorSession => "the first-factor session",
        CredentialKind.FirstFactorSessionToken => "the first-factor session token",
        CredentialKind.FirstFactorToken => "the first-factor token",
        CredentialKind.FirstFactorKey => "the first-factor key",
        CredentialKind.MfaSession => "the MFA session",
        CredentialKind.MfaSessionToken => "the MFA session token",
        CredentialKind.MfaToken => "the MFA token",
        CredentialKind.MfaKey => "the MFA key",
        _ => kind.ToString(),
    };
}
