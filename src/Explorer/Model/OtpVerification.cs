namespace MfaConformance.Explorer.Model;

/// <summary>A successful mfa/otp/validate: what a reset needs by default (1.7, #9).</summary>
public sealed class OtpVerification(ModelCredential session, Moment at, int sequence)
{
    public ModelCredential Session { get; } = session;

    public Moment At { get; } = at;

    public int Sequence { get; } = sequence;

    /// <summary>Whether a reset has used it (one reset per OTP or several: #9 is silent).</summary>
    public Tri Used { get; set; } = Tri.No;
}
