namespace MfaConformance.Explorer.Model;

/// <summary>An OTP the target issued for a session (read through the OTP hook right after it was requested).</summary>
public sealed class ModelOtp(string value, ModelCredential session, Moment issued)
{
    public string Value { get; } = value;

    public ModelCredential Session { get; } = session;

    public Moment Issued { get; } = issued;

    /// <summary>Yes once a validation with it succeeded: never accepted again (otp-single-use).</summary>
    public bool Validated { get; set; }

    public override string ToString() => "OTP";
}
