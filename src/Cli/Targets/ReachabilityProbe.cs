using MfaConformance.Client;

namespace MfaConformance.Cli.Targets;

/// <summary>
/// Checks that the target can be reached at all, with the sandbox hooks probe (any HTTP answer will do). Returns
/// null when it can, else a message naming the URL and the error (exit code 3). Only failures to connect count
/// (refused, unknown host, unreachable network, TLS handshake); a target that accepts the connection and then
/// resets it or hangs is reachable, and its faults show up as failing scenarios.
/// </summary>
internal static class ReachabilityProbe
{
    public static async Task<string?> ProbeAsync(TargetOptions options, CancellationToken cancellationToken)
    {
        using var connection = new TargetConnection(options with { Otp = new OtpSourceOptions() });
        var detection = await connection.CreateHooksClient().DetectAsync(cancellationToken);
        return detection.Status == ControlPlaneStatus.Unreachable
            ? $"the target {options.BaseUrl} could not be reached: {SecretRedactor.Default.RedactText(detection.Detail)}"
            : null;
    }
}
