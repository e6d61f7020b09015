using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.StepDefinitions.Tests.Support;
namespace MfaConformance.StepDefinitions.Tests.Target;

public sealed class ConformanceTargetTests
{
    [Fact]
    public async Task CreateAsync_NothingListening_ThrowsTargetUnreachable()
    {
        var error = await Should.ThrowAsync<TargetUnreachableException>(
            () => ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = new Uri("http://127.0.0.1:1/") }));

        error.Message.ShouldContain("127.0.0.1:1");
    }

    [Fact]
    public async Task CreateAsync_ATargetWithHooksAndNoBrand_CreatesARunBrandAndHasEveryCapability()
    {
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { PasswordHashIterations = 1_000 });

        await using var target = await ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = server.BaseUrl }, new ConformanceTargetOptions { Seed = 5 });

        target.Capabilities.ShouldBe(TargetCapabilities.All);
        target.Brand!.ShouldStartWith("MFAC-");
        target.Seed.ShouldBe(5);
        target.Description.ShouldContain("sandbox hooks present");
    }

    [Fact]
    public async Task Description_ATargetUrlWithCredentials_NamesTheTargetWithoutThem()
    {
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { PasswordHashIterations = 1_000 });
        var withCredentials = new UriBuilder(server.BaseUrl) { UserName = "alice", Password = "pw-in-the-url" }.Uri;

        await using var target = await ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = withCredentials });

        target.Description.ShouldNotContain("pw-in-the-url");
        target.Description.ShouldNotContain("alice");
        target.Description.ShouldStartWith($"http://127.0.0.1:{server.BaseUrl.Port}/");
    }

    [Fact]
    public async Task CreateAsync_ATargetWithoutHooks_LacksEveryHookCapabilityWithTheReason()
    {
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { EnableHooks = false, PasswordHashIterations = 1_000 });

        await using var target = await ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = server.BaseUrl, Brand = "ACME" });

        target.Capabilities.ShouldBe(TargetCapabilities.None);
        target.Brand.ShouldBe("ACME");
        target.MissingReason(TargetCapabilities.Clock).ShouldContain("no sandbox clock hook");
        target.MissingReason(TargetCapabilities.Clock).ShouldContain("404");
        target.MissingReason(TargetCapabilities.FreshCustomer).ShouldContain("--fixtures");
    }

    [Fact]
    public async Task Suite_AgainstATargetWithoutHooks_SkipsEveryScenarioWithTheMissingCapability()
    {
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { EnableHooks = false, PasswordHashIterations = 1_000 });
        await using var target = await ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = server.BaseUrl, Brand = "ACME" });
        var options = SuiteOptions.Load(tagFilter: "@smoke");

        var run = await BddRun.RunAsync(options, r => r.RegisterInstance(target));

        run.Scenarios.Count().ShouldBe(7);
        run.Scenarios.ShouldAllBe(s => s.Outcome == TestOutcome.Skipped);
        run.Scenarios.ShouldAllBe(s => s.SkipReason!.Contains("needs-fresh-customer: the target has no sandbox hooks"));
    }
}
