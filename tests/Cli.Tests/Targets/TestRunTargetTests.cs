using MfaConformance.Cli.Tests.Support;
using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Tests.Targets;

/// <summary>
/// `dotnet test tests/Conformance.Tests` takes its target as `verify` does: ConformanceTestRunHooks calls
/// <see cref="TestRunTarget.ResolveSettings"/> and <see cref="TestRunTarget.StartAsync"/>; here in-process, without
/// running the suite twice.
/// </summary>
public sealed class TestRunTargetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ResolveSettings_NoFileNoVariables_IsTheEmbeddedServerAt1000Iterations()
    {
        var settings = TestRunTarget.ResolveSettings(FakeEnvironment.Empty, _folder.Path);

        settings.IsEmbedded.ShouldBeTrue();
        settings.EmbeddedPasswordHashIterations.ShouldBe(1_000, "the tests' embedded server hashes with 1,000 PBKDF2 iterations");
        settings.SuiteTimeout.ShouldBeNull("a test run has no suite deadline unless one is set");
    }

    [Fact]
    public void ResolveSettings_TheConfigurationFileAndTheVariables_ApplyAsForVerify()
    {
        var fixtures = _folder.Write("ids.json", """{"brand":"ACME","customers":[{"identifierType":"MOBILE","identifierValue":"919800000001","password":null,"deviceId":"d1"}]}""");
        _folder.Write(SettingsTable.DefaultConfigFileName, """
            { "target": { "baseUrl": "http://sandbox.test:8080", "timeout": "3s", "headers": { "X-Gateway-Key": "k" } },
              "identities": { "fixtures": "ids.json" }, "suite": { "scenarioTimeout": "45s" } }
            """);
        var environment = FakeEnvironment.Of(("MFA_OTP_SOURCE", "fixed"), ("MFA_OTP_VALUE", "123456"), ("MFA_BRAND", "ACME"), ("MFA_TIMEOUT", "4s"));

        var settings = TestRunTarget.ResolveSettings(environment, _folder.Path);
        var client = TargetFactory.OptionsFor(settings, settings.TargetUrl!);
        var preparation = TargetFactory.PreparationFor(settings);

        client.BaseUrl.ShouldBe(new Uri("http://sandbox.test:8080"));
        client.Brand.ShouldBe("ACME");
        client.Timeout.ShouldBe(TimeSpan.FromSeconds(4), "MFA_TIMEOUT beats the file");
        client.ExtraHeaders["X-Gateway-Key"].ShouldBe("k");
        client.Otp.Kind.ShouldBe(OtpSourceKind.Fixed);
        client.Otp.FixedOtp.ShouldBe("123456");
        preparation.FixturesPath.ShouldBe(fixtures);
        preparation.ScenarioTimeout.ShouldBe(TimeSpan.FromSeconds(45));
    }

    [Fact]
    public void ResolveSettings_MfaConfig_NamesAnotherFileRelativeToTheRepository()
    {
        _folder.Write("ci/other.json", """{ "target": { "brand": "FROM-MFA-CONFIG" } }""");

        var settings = TestRunTarget.ResolveSettings(FakeEnvironment.Of(("MFA_CONFIG", "ci/other.json")), _folder.Path);

        settings.Brand.ShouldBe("FROM-MFA-CONFIG");
        settings.ConfigPath.ShouldBe(Path.Combine(_folder.Path, "ci", "other.json"));
    }

    [Fact]
    public async Task StartAsync_TheResolvedSettings_PrepareTheEmbeddedServerWithThem()
    {
        _folder.Write(SettingsTable.DefaultConfigFileName, """{ "target": { "timeout": "7s" }, "suite": { "timeout": "1h30m" } }""");
        var settings = TestRunTarget.ResolveSettings(FakeEnvironment.Empty, _folder.Path);

        await using var target = await TestRunTarget.StartAsync(settings, CancellationToken.None);

        target.Launched.Server.ShouldNotBeNull();
        target.Conformance.Connection.Options.Timeout.ShouldBe(TimeSpan.FromSeconds(7));
        target.Conformance.HasHooks.ShouldBeTrue();
    }
}
