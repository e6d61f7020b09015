namespace MfaConformance.Client.Otp;

/// <summary>
/// Supplies the OTP the target sent to a customer. Implementations throw <see cref="OtpUnavailableException"/>
/// with a clear, secret-free message when they cannot.
/// </summary>
public interface IOtpSource
{
    /// <summary>A short name for reports ("hooks", "fixed", "command", "prompt").</summary>
    string Name { get; }

    Task<string> GetOtpAsync(OtpRequest request, CancellationToken cancellationToken);
}
