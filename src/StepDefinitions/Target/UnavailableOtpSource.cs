using MfaConformance.Client;

using MfaConformance.Client.Otp;
namespace MfaConformance.StepDefinitions.Target;

/// <summary>The OTP source of an unavailable target: there is nothing to read, and it says why.</summary>
internal sealed class UnavailableOtpSource(string reason) : IOtpSource
{
    public string Name => "none";

    public Task<string> GetOtpAsync(OtpRequest request, CancellationToken cancellationToken) =>
        throw new OtpUnavailableException($"no OTP can be read: {reason}");
}
