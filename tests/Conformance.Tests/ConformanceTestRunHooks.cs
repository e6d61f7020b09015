using MfaConformance.Client;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions;
using Reqnroll;
using Reqnroll.BoDi;

namespace MfaConformance.Conformance.Tests;

/// <summary>
/// Reqnroll test-run hooks: before the first scenario, start the embedded reference server on 127.0.0.1, port 0
/// (unless MFA_TARGET_URL names another target, with MFA_BRAND optional), prepare the <see cref="ConformanceTarget"/>
/// once and register it in the test-run container, where every scenario's bindings receive it; after the last one,
/// dispose both. The embedded server hashes passwords with <see cref="PasswordHashIterations"/> PBKDF2 iterations
/// instead of the default 100,000: hashing is not under test, and at the default it dominated the run.
/// </summary>
[Binding]
public sealed class ConformanceTestRunHooks
{
    public const string TargetUrlVariable = "MFA_TARGET_URL";
    public const string BrandVariable = "MFA_BRAND";
    public const int PasswordHashIterations = 1_000;

    [BeforeTestRun]
    public static async Task StartTheTargetAsync(IObjectContainer testRun)
    {
        ArgumentNullException.ThrowIfNull(testRun);
        var url = Environment.GetEnvironmentVariable(TargetUrlVariable);
        Uri baseUrl;
        if (string.IsNullOrWhiteSpace(url))
        {
            var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { Urls = "http://127.0.0.1:0", PasswordHashIterations = PasswordHashIterations }, CancellationToken.None);
            testRun.RegisterInstanceAs(server);
            baseUrl = server.BaseUrl;
        }
        else
        {
            baseUrl = new Uri(url, UriKind.Absolute);
        }

        var brand = Environment.GetEnvironmentVariable(BrandVariable);
        var options = new TargetOptions { BaseUrl = baseUrl, Brand = string.IsNullOrWhiteSpace(brand) ? null : brand };
        testRun.RegisterInstanceAs(await ConformanceTarget.CreateAsync(options, new ConformanceTargetOptions(), CancellationToken.None));
    }

    [AfterTestRun]
    public static async Task StopTheTargetAsync(IObjectContainer testRun)
    {
        ArgumentNullException.ThrowIfNull(testRun);
        if (testRun.IsRegistered<ConformanceTarget>())
        {
            await testRun.Resolve<ConformanceTarget>().DisposeAsync();
        }

        if (testRun.IsRegistered<RunningReferenceServer>())
        {
            await testRun.Resolve<RunningReferenceServer>().DisposeAsync();
        }
    }
}
