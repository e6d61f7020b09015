using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.StepDefinitions.Tests.Support;
namespace MfaConformance.StepDefinitions.Tests.Hardening;

/// <summary>
/// The @hardening race scenarios warn about a vendor's server with the lost-update flaw (<see cref="LostUpdateServer"/>):
/// each of the three fails, naming what was lost, while every other @hardening scenario still passes through the proxy.
/// </summary>
public sealed class LostUpdateScenariosTests
{
    [Fact]
    public async Task RaceScenarios_AgainstAServerThatAcknowledgesLostUpdates_EachFailsSayingWhatWasLost()
    {
        await using var reference = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { PasswordHashIterations = 1_000 });
        await using var flawed = await LostUpdateServer.StartAsync(reference.BaseUrl, changeDelay: TimeSpan.FromMilliseconds(300));
        await using var target = await ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = flawed.BaseUrl });
        var options = SuiteOptions.Load();
        options.TagFilter = "@hardening";

        var run = await BddRun.RunAsync(options, r => r.RegisterInstance(target));

        var races = run.Scenarios.Where(s => s.DisplayName.Contains("at once", StringComparison.Ordinal)).ToList();
        races.Count.ShouldBe(3);
        races.ShouldAllBe(s => s.Outcome == TestOutcome.Failed);
        races.Single(s => s.DisplayName.Contains("5 password changes", StringComparison.Ordinal)).ErrorMessage.ShouldNotBeNull().ShouldContain("expected at most one of the 5 calls sent at once to succeed");
        races.Single(s => s.DisplayName.Contains("10 password resets", StringComparison.Ordinal)).ErrorMessage.ShouldNotBeNull().ShouldContain("expected at most one of the 10 calls sent at once to succeed");
        races.Single(s => s.DisplayName.Contains("change and a password reset", StringComparison.Ordinal)).ErrorMessage.ShouldNotBeNull().ShouldContain("expected the customer to complete MFA with that password");
        run.Scenarios.Except(races).Where(s => s.Outcome != TestOutcome.Passed).Select(s => $"{s.DisplayName}: {s.ErrorMessage}").ShouldBeEmpty();
    }
}
