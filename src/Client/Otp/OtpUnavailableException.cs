namespace MfaConformance.Client.Otp;

/// <summary>An OTP source could not supply an OTP; the message says why and never contains the OTP.</summary>
public sealed class OtpUnavailableException : Exception
{
    public OtpUnavailableException()
    {
    }

    public OtpUnavailableException(string message)
        : base(message)
    {
    }

    public OtpUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
