using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions.Suite;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.StepDefinitions.Tests.Support;
using MfaConformance.Tests.Shared.Variant;
namespace MfaConformance.StepDefinitions.Tests.Variant;

/// <summary>
/// "Against any other server that follows the docs, no false failures": the whole suite runs against
/// <see cref="VariantServer"/> (opaque tokens, other session ids, statuses, messages, extra fields) and every
/// @documented scenario must still pass (and, since only the codes and documented fields are asserted, every other one too).
/// </summary>
public sealed class VariantServerConformanceTests
{
    [Fact]
    public async Task Suite_AgainstAVariantConformantServer_NoScenarioFailsAtAnyLevel()
    {
        await using var reference = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { PasswordHashIterations = 1_000 });
        await using var variant = await VariantServer.StartAsync(reference.BaseUrl);
        await using var target = await ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = variant.BaseUrl });
        var options = SuiteOptions.Load();

        var run = await BddRun.RunAsync(options, r => r.RegisterInstance(target));

        var documented = run.Scenarios.Where(s => AssertionLevel.Of(s.Tags) == AssertionLevel.Documented).ToArray();
        documented.Length.ShouldBeGreaterThan(100);
        var failures = run.Scenarios.Where(s => s.Outcome != TestOutcome.Passed).Select(s => $"{s.DisplayName}: {s.Outcome} {s.ErrorMessage}").ToArray();
        failures.ShouldBeEmpty();
        run.RunErrors.ShouldBeEmpty();
    }
}
