using MfaConformance.Bdd;
using MfaConformance.Bdd.Runtime;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Targets.Launch;

/// <summary>
/// The target of `dotnet test tests/Conformance.Tests`: the same settings as `verify` (the configuration file, the
/// MFA_* variables, the defaults; there is no command line), through the same factory. The file is
/// <c>mfa-conformance.json</c> at the repository root, or the one MFA_CONFIG names (relative to the repository root).
/// The suite deadline applies only when set (suite.timeout, MFA_SUITE_TIMEOUT): a test run has no default one.
/// </summary>
public sealed class TestRunTarget : IAsyncDisposable
{
    private TestRunTarget(LaunchedTarget launched, ConformanceTarget conformance)
    {
        Launched = launched;
        Conformance = conformance;
    }

    public LaunchedTarget Launched { get; }

    public ConformanceTarget Conformance { get; }

    /// <summary>The settings of a test run: file and environment as `verify` reads them, from <paramref name="folder"/> (default: the repository root).</summary>
    public static HarnessSettings ResolveSettings(Func<string, string?>? environment = null, string? folder = null) =>
        SettingsResolver.Resolve(new SettingsRequest
        {
            Command = HarnessCommands.Test,
            Environment = environment ?? Environment.GetEnvironmentVariable,
            CurrentDirectory = folder ?? RepositoryRoot.Find(AppContext.BaseDirectory),
        });

    /// <summary>Launches the target of <paramref name="settings"/> and prepares it for the suite.</summary>
    public static async Task<TestRunTarget> StartAsync(HarnessSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var launched = await TargetFactory.LaunchAsync(settings, cancellationToken).ConfigureAwait(false);
        try
        {
            var conformance = await TargetFactory.PrepareAsync(launched, provisionBrand: false, cancellationToken).ConfigureAwait(false);
            if (settings.SuiteTimeout is { } suiteTimeout)
            {
                conformance.Deadline.ExpireAfter(suiteTimeout);
            }

            return new TestRunTarget(launched, conformance);
        }
        catch
        {
            await launched.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Conformance.DisposeAsync().ConfigureAwait(false);
        await Launched.DisposeAsync().ConfigureAwait(false);
    }
}
