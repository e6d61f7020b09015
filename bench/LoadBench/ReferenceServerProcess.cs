using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.LoadBench;

/// <summary>
/// The child side of "LoadBench serve-reference": the embedded reference server from the harness's one target factory,
/// with the settings every command uses (its file and MFA_* variables: PBKDF2 1,000 by default), on a free loopback port.
/// </summary>
internal static class ReferenceServerProcess
{
    public static async Task ServeAsync()
    {
        var settings = BenchSettings.Resolve() with { TargetUrl = null };
        await using var server = await TargetFactory.LaunchAsync(settings, CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine(server.Options.BaseUrl);
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
    }
}
