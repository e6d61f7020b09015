namespace MfaConformance.StepDefinitions;

/// <summary>The {otp} parameter type of the glossary.</summary>
public enum OtpReference
{
    /// <summary>"the customer's own OTP": the newest OTP issued for the current session.</summary>
    Own,

    /// <summary>"a wrong OTP": well-formed, of the configured length, different from every OTP issued for the session.</summary>
    Wrong,

    /// <summary>"the previous OTP": the OTP this customer last validated successfully.</summary>
    Previous,
}
