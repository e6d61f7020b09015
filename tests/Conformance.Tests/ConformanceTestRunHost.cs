using MfaConformance.Bdd;
using MfaConformance.Client;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions;

namespace MfaConformance.Conformance.Tests;

/// <summary>
/// Starts the embedded reference server on 127.0.0.1, port 0 (unless MFA_TARGET_URL names another target,
/// with MFA_BRAND optional), creates the <see cref="ConformanceTarget"/> once and registers it for every scenario.
/// The embedded server hashes passwords with <see cref="PasswordHashIterations"/> PBKDF2 iterations instead of
/// the default 100,000: hashing is not under test, and at the default it dominated the run (about 25 s of CPU).
/// </summary>
public sealed class ConformanceTestRunHost : IBddTestRunHost
{
    public const string TargetUrlVariable = "MFA_TARGET_URL";
    public const string BrandVariable = "MFA_BRAND";
    public const int PasswordHashIterations = 1_000;

    private RunningReferenceServer? _server;
    private ConformanceTarget? _target;

    public async Task StartAsync(BddRuntime runtime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var url = Environment.GetEnvironmentVariable(TargetUrlVariable);
        Uri baseUrl;
        if (string.IsNullOrWhiteSpace(url))
        {
            _server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { Urls = "http://127.0.0.1:0", PasswordHashIterations = PasswordHashIterations }, cancellationToken);
            baseUrl = _server.BaseUrl;
        }
        else
        {
            baseUrl = new Uri(url, UriKind.Absolute);
        }

        var brand = Environment.GetEnvironmentVariable(BrandVariable);
        var options = new TargetOptions { BaseUrl = baseUrl, Brand = string.IsNullOrWhiteSpace(brand) ? null : brand };
        _target = await ConformanceTarget.CreateAsync(options, new ConformanceTargetOptions(), cancellationToken);
        runtime.RegisterInstance(_target);
    }

    public async ValueTask DisposeAsync()
    {
        if (_target is not null)
        {
            await _target.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
