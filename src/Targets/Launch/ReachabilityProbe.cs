using MfaConformance.Client;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Otp;
using MfaConformance.Client.Transport;
using MfaConformance.Targets.Errors;
namespace MfaConformance.Targets.Launch;

/// <summary>
/// Checks that the target can be reached at all, with the sandbox hooks probe (any HTTP answer will do). Returns
/// null when it can, else an <see cref="UnreachableException"/> naming the URL (without credentials) and the error.
/// Only failures to connect count (refused, unknown host, unreachable network, TLS handshake); a target that accepts
/// the connection and then resets it or hangs is reachable, and its faults show up as failing scenarios.
/// </summary>
public static class ReachabilityProbe
{
    public static async Task<UnreachableException?> ProbeAsync(TargetOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var connection = new TargetConnection(options with { Otp = new OtpSourceOptions() });
        var detection = await connection.CreateHooksClient().DetectAsync(cancellationToken).ConfigureAwait(false);
        return detection.Status == ControlPlaneStatus.Unreachable
            ? new UnreachableException("the target", options.BaseUrl, detection.Detail)
            : null;
    }
}
