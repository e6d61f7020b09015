using System.Collections.Concurrent;
using MfaConformance.Client;

using MfaConformance.Client.Otp;
namespace MfaConformance.LoadScenarios.Target;

/// <summary>
/// Wraps the run's OTP source so OTP reads happen outside measured time: <see cref="PrefetchAsync"/> reads the OTP
/// (unmeasured) and keeps it; the measured validate step's driver then gets it from memory. A request with nothing
/// prefetched falls through to the inner source. Thread-safe; each prefetched OTP is handed out once.
/// </summary>
public sealed class PrefetchOtpSource(IOtpSource inner) : IOtpSource
{
    private readonly ConcurrentDictionary<OtpRequest, string> _ready = new();

    public string Name => inner.Name;

    /// <summary>Number of prefetched OTPs not handed out yet.</summary>
    public int Pending => _ready.Count;

    /// <summary>Reads the OTP for <paramref name="request"/> now and keeps it for the next <see cref="GetOtpAsync"/>.</summary>
    public async Task PrefetchAsync(OtpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var otp = await inner.GetOtpAsync(request, cancellationToken).ConfigureAwait(false);
        _ready[request] = otp;
    }

    public Task<string> GetOtpAsync(OtpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _ready.TryRemove(request, out var otp) ? Task.FromResult(otp) : inner.GetOtpAsync(request, cancellationToken);
    }
}
