using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>
/// Kestrel's limits for the reference server. The response data rate keeps Kestrel's 240 bytes/s but with a 30 s
/// grace period instead of 5 s: password hashing (PBKDF2) is CPU-bound, and a burst of concurrent credential calls
/// on a busy machine can keep the socket send loops waiting for a thread long enough for Kestrel to take its own late
/// writes for a slow client and reset the connection (seen with 50 concurrent changes on 2 loaded cores: 4 of 50
/// answers lost). A client that really reads slower than 240 bytes/s is still cut off, after 30 s.
/// </summary>
internal static class KestrelLimits
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static readonly TimeSpan ResponseRateGracePeriod = TimeSpan.FromSeconds(30);

    public static void Apply(KestrelServerOptions kestrel)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        kestrel.Limits.MinResponseDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: ResponseRateGracePeriod);
    }
}
