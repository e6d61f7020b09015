using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Targets.Launch;

/// <summary>
/// The one target factory: every command (verify, load, accept, mutants), the cluster agent, the `dotnet test` hooks
/// and the benchmarks get their target here, from <see cref="HarnessSettings"/>. No URL starts the embedded reference
/// server on a free loopback port (with the settings' mutant and PBKDF2 cost); a URL is used as it is. The client
/// options (timeout, size limit, headers, certificates, OTP source) are built in <see cref="OptionsFor"/> only.
/// </summary>
public static class TargetFactory
{
    /// <summary>The client options for the target at <paramref name="baseUrl"/> under <paramref name="settings"/>.</summary>
    public static TargetOptions OptionsFor(HarnessSettings settings, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new TargetOptions
        {
            BaseUrl = baseUrl,
            Brand = settings.Brand,
            Timeout = settings.Timeout,
            AllowInvalidCertificates = settings.AllowInvalidCertificates,
            MaxResponseBytes = settings.MaxResponseBytes,
            ExtraHeaders = settings.ExtraHeaders,
            Otp = settings.Otp,
        };
        options.Validate();
        return options;
    }

    /// <summary>How the harness prepares the target beyond the client options (identities, per-scenario deadline).</summary>
    public static ConformanceTargetOptions PreparationFor(HarnessSettings settings, bool provisionBrand = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ConformanceTargetOptions
        {
            ProvisionBrand = provisionBrand,
            FixturesPath = settings.FixturesPath,
            ScenarioTimeout = settings.EffectiveScenarioTimeout,
            Evidence = settings.Evidence,
        };
    }

    /// <summary>The embedded reference server's options under <paramref name="settings"/> (loopback, free port).</summary>
    public static ReferenceServerOptions EmbeddedServerOptions(HarnessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ReferenceServerOptions
        {
            Urls = "http://127.0.0.1:0",
            Mutant = settings.EmbeddedMutant,
            PasswordHashIterations = settings.EmbeddedPasswordHashIterations,
        };
    }

    /// <summary>Starts the embedded reference server when no target URL is set; otherwise just describes the external target.</summary>
    public static async Task<LaunchedTarget> LaunchAsync(HarnessSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.TargetUrl is { } url)
        {
            return new LaunchedTarget(OptionsFor(settings, url), settings, null);
        }

        var server = await ReferenceServerHost.StartAsync(EmbeddedServerOptions(settings), cancellationToken).ConfigureAwait(false);
        try
        {
            return new LaunchedTarget(OptionsFor(settings, server.BaseUrl), settings, server);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Prepares a launched target for the suite (sandbox hooks detected, brand created or provisioned, identities,
    /// OTP source). Throws <c>TargetUnreachableException</c> or <c>TargetSetUpException</c>.
    /// </summary>
    public static Task<ConformanceTarget> PrepareAsync(LaunchedTarget target, bool provisionBrand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ConformanceTarget.CreateAsync(target.Options, PreparationFor(target.Settings, provisionBrand), cancellationToken);
    }
}
