namespace MfaConformance.Client.Otp;

/// <summary>Where the harness gets the OTPs the target sends by SMS or e-mail.</summary>
public enum OtpSourceKind
{
    /// <summary>GET /__harness/v1/otp (the sandbox hooks).</summary>
    Hooks,

    /// <summary>The same configured value every time (sandboxes with a fixed OTP).</summary>
    Fixed,

    /// <summary>A shell command printing the OTP on its first non-empty stdout line.</summary>
    Command,

    /// <summary>Ask a human on the console.</summary>
    Prompt,
}
