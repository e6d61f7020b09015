using MfaConformance.Targets.Launch;
using Reqnroll;
using Reqnroll.BoDi;

namespace MfaConformance.Conformance.Tests;

/// <summary>
/// Reqnroll test-run hooks: before the first scenario, resolve the settings exactly as `verify` does (the
/// configuration file mfa-conformance.json at the repository root or MFA_CONFIG, the MFA_* variables: MFA_TARGET_URL,
/// MFA_BRAND, MFA_OTP_SOURCE, MFA_FIXTURES, MFA_TIMEOUT, ...), get the target from the one target factory (the embedded
/// reference server on 127.0.0.1 unless a URL is set, hashing passwords with 1,000 PBKDF2 iterations: hashing is not
/// under test) and register the prepared <see cref="MfaConformance.StepDefinitions.Target.ConformanceTarget"/> in the test-run
/// container, where every scenario's bindings receive it; after the last one, dispose both.
/// </summary>
[Binding]
public sealed class ConformanceTestRunHooks
{
    [BeforeTestRun]
    public static async Task StartTheTargetAsync(IObjectContainer testRun)
    {
        ArgumentNullException.ThrowIfNull(testRun);
        var target = await TestRunTarget.StartAsync(TestRunTarget.ResolveSettings(), CancellationToken.None);
        testRun.RegisterInstanceAs(target);
        testRun.RegisterInstanceAs(target.Conformance);
    }

    [AfterTestRun]
    public static async Task StopTheTargetAsync(IObjectContainer testRun)
    {
        ArgumentNullException.ThrowIfNull(testRun);
        if (testRun.IsRegistered<TestRunTarget>())
        {
            await testRun.Resolve<TestRunTarget>().DisposeAsync();
        }
    }
}
