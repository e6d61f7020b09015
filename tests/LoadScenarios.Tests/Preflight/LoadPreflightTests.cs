using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.Client.Transport;
using MfaConformance.LoadScenarios.Preflight;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.LoadScenarios.Tests.Support;
using MfaConformance.ReferenceServer.Mutants;
namespace MfaConformance.LoadScenarios.Tests.Preflight;

/// <summary>The load pre-flight passes on the reference server and fails, naming the check and the call, on a server that breaks what it checks.</summary>
[Collection(EmbeddedServerCollection.Name)]
public sealed class LoadPreflightTests(EmbeddedServerFixture server)
{
    [Fact]
    public async Task RunAsync_ConformantTarget_PassesSayingWhatWasChecked()
    {
        await using var target = await server.CreateTargetAsync();

        await using var run = await SuiteRuntime.StartAsync(target);
        var result = await LoadPreflight.RunAsync(run, target, new LoadScenarioOptions(), CancellationToken.None);

        result.Passed.ShouldBeTrue(result.Summary);
        result.Summary.ShouldContain(LoadPreflight.Checks);
    }

    [Theory]
    [InlineData("accept-any-otp", "a wrong first-factor OTP was not refused: POST /auth/v1/otp/validate answered HTTP 200")]
    [InlineData("ignore-device", "an MFA session requested from another device was not refused: POST /auth/v1/mfa/token/generate answered HTTP 200")]
    [InlineData("accept-wrong-password", "a wrong MFA password was not refused: POST /auth/v1/mfa/password/validate answered HTTP 200")]
    public async Task RunAsync_TargetBreakingACheckedRule_FailsNamingTheCheckAndTheCall(string mutant, string expected)
    {
        await using var broken = await EmbeddedServerFixture.StartAsync(mutant);
        await using var target = await LoadTarget.CreateAsync(new TargetOptions { BaseUrl = broken.BaseUrl }, LoadScenarioOptions.DefaultSeed);

        await using var run = await SuiteRuntime.StartAsync(target);
        var result = await LoadPreflight.RunAsync(run, target, new LoadScenarioOptions(), CancellationToken.None);

        result.Passed.ShouldBeFalse();
        result.Summary.ShouldStartWith("pre-flight failed: " + expected);
        Mutants.Find(mutant).ShouldNotBeNull();
    }

    [Fact]
    public async Task RunAsync_NoHooksAndNoReturningFixtureLeft_CannotRunAndSaysHowToTurnItOff()
    {
        await using var noHooks = await ReferenceServer.Hosting.ReferenceServerHost.StartAsync(new ReferenceServer.Hosting.ReferenceServerOptions { Urls = "http://127.0.0.1:0", EnableHooks = false, PasswordHashIterations = 1000 });
        await using var target = await LoadTarget.CreateAsync(new TargetOptions { BaseUrl = noHooks.BaseUrl, Brand = "ACME", Otp = new OtpSourceOptions { Kind = OtpSourceKind.Fixed, FixedOtp = "123456" } }, LoadScenarioOptions.DefaultSeed);

        await using var run = await SuiteRuntime.StartAsync(target);
        var result = await LoadPreflight.RunAsync(run, target, new LoadScenarioOptions(), CancellationToken.None);

        result.Passed.ShouldBeFalse();
        result.Summary.ShouldContain("pre-flight could not run");
        result.Summary.ShouldContain("--no-preflight");
    }
}
