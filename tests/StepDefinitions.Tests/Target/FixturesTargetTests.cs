using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.Client.Transport;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.StepDefinitions.Tests.Support;
namespace MfaConformance.StepDefinitions.Tests.Target;

/// <summary>A target without hooks, customers from a fixtures file and a fixed OTP: fixtures are used once, then scenarios skip.</summary>
public sealed class FixturesTargetTests
{
    [Fact]
    public async Task Suite_TwoReturningFixturesForSevenSmokeScenarios_TwoPassAndTheRestSkipWithTheReason()
    {
        var folder = Directory.CreateTempSubdirectory("mfac-fixtures-").FullName;
        var seed = Path.Combine(folder, "seed.json");
        var fixtures = Path.Combine(folder, "fixtures.json");
        await File.WriteAllTextAsync(seed, """
            {"brands":{"ACME":{"IS_MFA_PASSWORD_ENABLED":true}},"customers":[
             {"brand":"ACME","identifierType":"MOBILE","identifierValue":"919000000001","password":"Passw0rd!old"},
             {"brand":"ACME","identifierType":"MOBILE","identifierValue":"919000000002","password":"Passw0rd!old"}]}
            """);
        await File.WriteAllTextAsync(fixtures, """
            {"brand":"ACME","customers":[
             {"identifierType":"MOBILE","identifierValue":"919000000001","password":"Passw0rd!old"},
             {"identifierType":"MOBILE","identifierValue":"919000000002","password":"Passw0rd!old"}]}
            """);
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { EnableHooks = false, FixedOtp = "123456", SeedFile = seed, PasswordHashIterations = 1_000 });
        var options = new TargetOptions { BaseUrl = server.BaseUrl, Otp = new OtpSourceOptions { Kind = OtpSourceKind.Fixed, FixedOtp = "123456" } };
        await using var target = await ConformanceTarget.CreateAsync(options, new ConformanceTargetOptions { FixturesPath = fixtures });
        var bdd = SuiteOptions.Load(tagFilter: "@smoke");

        var run = await BddRun.RunAsync(bdd, r => r.RegisterInstance(target));

        target.Capabilities.ShouldBe(TargetCapabilities.FreshCustomer | TargetCapabilities.Otp);
        run.Count(TestOutcome.Failed).ShouldBe(0, string.Join("; ", run.Scenarios.Select(s => s.ErrorMessage)));
        run.Count(TestOutcome.Passed).ShouldBe(2);
        run.Scenarios.Where(s => s.Outcome == TestOutcome.Skipped).ShouldAllBe(s => s.SkipReason!.StartsWith("needs-fresh-customer: the identity fixtures have no unused"));
    }
}
