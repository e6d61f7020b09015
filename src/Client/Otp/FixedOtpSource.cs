namespace MfaConformance.Client.Otp;

/// <summary>Always answers the same OTP (sandboxes configured with a fixed code).</summary>
public sealed class FixedOtpSource : IOtpSource
{
    private readonly string _otp;

    public FixedOtpSource(string otp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(otp);
        _otp = otp.Trim();
    }

    public string Name => "fixed";

    public Task<string> GetOtpAsync(OtpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_otp);
    }

    public override string ToString() => "FixedOtpSource { Otp = *** }";
}
