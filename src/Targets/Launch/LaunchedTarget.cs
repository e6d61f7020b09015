using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Targets.Launch;

/// <summary>A target ready for the harness: its client options, and the embedded server when one was started.</summary>
public sealed class LaunchedTarget(TargetOptions options, HarnessSettings settings, RunningReferenceServer? server) : IAsyncDisposable
{
    public TargetOptions Options { get; } = options;

    public HarnessSettings Settings { get; } = settings;

    /// <summary>The embedded reference server, or null for an external target.</summary>
    public RunningReferenceServer? Server { get; } = server;

    /// <summary>One line for consoles and reports, e.g. "embedded reference server at http://127.0.0.1:41234/" (never credentials).</summary>
    public string Description => Server is null
        ? MfaConformance.Client.Redaction.AddressDisplay.Of(Options.BaseUrl)
        : $"embedded reference server at {Options.BaseUrl}{(Settings.EmbeddedMutant is null ? string.Empty : $" (mutant {Settings.EmbeddedMutant})")}";

    public async ValueTask DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
