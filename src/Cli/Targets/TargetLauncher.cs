using MfaConformance.ReferenceServer.Hosting;

namespace MfaConformance.Cli.Targets;

/// <summary>Starts the embedded reference server when no target URL is set; otherwise just describes the external target.</summary>
internal static class TargetLauncher
{
    public static async Task<LaunchedTarget> LaunchAsync(HarnessSettings settings, CancellationToken cancellationToken)
    {
        if (settings.TargetUrl is not null)
        {
            var external = settings.ToTargetOptions(settings.TargetUrl);
            external.Validate();
            return new LaunchedTarget(external, settings, null);
        }

        var serverOptions = new ReferenceServerOptions
        {
            Urls = "http://127.0.0.1:0",
            Mutant = settings.EmbeddedMutant,
        };
        if (settings.EmbeddedPasswordHashIterations is { } iterations)
        {
            serverOptions.PasswordHashIterations = iterations;
        }

        var server = await ReferenceServerHost.StartAsync(serverOptions, cancellationToken);
        var options = settings.ToTargetOptions(server.BaseUrl);
        options.Validate();
        return new LaunchedTarget(options, settings, server);
    }
}
