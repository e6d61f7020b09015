using MfaConformance.Client.Hooks;
namespace MfaConformance.Client.Otp;

/// <summary>Reads the newest OTP through GET /__harness/v1/otp.</summary>
public sealed class HooksOtpSource : IOtpSource
{
    private readonly HooksClient _hooks;

    public HooksOtpSource(HooksClient hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        _hooks = hooks;
    }

    public string Name => "hooks";

    public async Task<string> GetOtpAsync(OtpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await _hooks.GetOtpAsync(request.Brand, request.IdentifierType, request.IdentifierValue, request.SessionId, cancellationToken)
            .ConfigureAwait(false);
        if (result.Otp is { Length: > 0 } otp)
            return otp;
        var response = result.Response;
        var reason = response.TransportError
            ?? (response.StatusCode == 404
                ? $"no OTP was issued for {request.Describe()}"
                : $"{response.CallName} answered HTTP {response.StatusCode} without an 'otp' field");
        throw new OtpUnavailableException("OTP source 'hooks': " + reason);
    }
}
