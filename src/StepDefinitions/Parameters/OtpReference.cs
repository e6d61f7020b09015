namespace MfaConformance.StepDefinitions.Parameters;

/// <summary>The {otp} parameter type of the glossary.</summary>
public enum OtpReference
{
    /// <summary>"the customer's own OTP": the newest OTP issued for the current session.</summary>
    Own,

    /// <summary>"a wrong OTP": well-formed, of the configured length, different from every OTP issued for the session.</summary>
    Wrong,

    /// <summary>"the previous OTP": the OTP this customer last validated successfully.</summary>
    Previous,

    /// <summary>"the customer's own OTP without its last digit": a shorter string with the same prefix.</summary>
    OwnWithoutLastDigit,

    /// <summary>"the customer's own OTP with an extra digit": a longer string with the same prefix.</summary>
    OwnWithExtraDigit,

    /// <summary>"the OTP of the earlier session": the newest OTP issued for the session this customer held before the current one.</summary>
    EarlierSession,

    /// <summary>"the first-factor OTP": the newest OTP issued for the customer's current first-factor session (S), sent where another session's OTP is due.</summary>
    FirstFactor,
}
