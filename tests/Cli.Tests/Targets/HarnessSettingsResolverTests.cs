using MfaConformance.Cli.Configuration;
using MfaConformance.Cli.Targets;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.Client;

namespace MfaConformance.Cli.Tests.Targets;

public sealed class HarnessSettingsResolverTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private HarnessSettings Resolve(SettingsOverrides overrides, Func<string, string?> environment) =>
        HarnessSettingsResolver.Resolve(overrides, environment, _folder.Path);

    [Fact]
    public void Resolve_NoFileNoEnvironmentNoOptions_GivesDefaults()
    {
        var settings = Resolve(new SettingsOverrides(), FakeEnvironment.Empty);

        settings.ShouldBeEquivalentTo(new HarnessSettings());
        settings.IsEmbedded.ShouldBeTrue();
    }

    [Fact]
    public void Resolve_DefaultFileInCurrentFolder_IsRead()
    {
        var path = _folder.Write(HarnessSettingsResolver.DefaultConfigFileName, """{ "target": { "brand": "FROMFILE" } }""");

        var settings = Resolve(new SettingsOverrides(), FakeEnvironment.Empty);

        settings.Brand.ShouldBe("FROMFILE");
        settings.ConfigPath.ShouldBe(path);
    }

    [Fact]
    public void Resolve_AllLayers_CommandLineBeatsEnvironmentBeatsFile()
    {
        _folder.Write("my.json", """{ "target": { "baseUrl": "http://file.test", "brand": "FILE", "timeout": "1s" }, "reports": { "folder": "file-reports" } }""");
        var environment = FakeEnvironment.Of(("MFA_CONFIG", "my.json"), ("MFA_TARGET_URL", "http://env.test"), ("MFA_BRAND", "ENV"));

        var settings = Resolve(new SettingsOverrides { Brand = "CLI" }, environment);

        settings.TargetUrl.ShouldBe(new Uri("http://env.test"));
        settings.Brand.ShouldBe("CLI");
        settings.Timeout.ShouldBe(TimeSpan.FromSeconds(1));
        settings.ReportsFolder.ShouldBe("file-reports");
    }

    [Fact]
    public void Resolve_EnvironmentOtpVariables_SetTheOtpSource()
    {
        var environment = FakeEnvironment.Of(("MFA_OTP_SOURCE", "fixed"), ("MFA_OTP_VALUE", "424242"), ("MFA_TIMEOUT", "750ms"));

        var settings = Resolve(new SettingsOverrides(), environment);

        settings.Otp.Kind.ShouldBe(OtpSourceKind.Fixed);
        settings.Otp.FixedOtp.ShouldBe("424242");
        settings.Timeout.ShouldBe(TimeSpan.FromMilliseconds(750));
    }

    [Fact]
    public void Resolve_EmptyEnvironmentVariable_CountsAsUnset()
    {
        var settings = Resolve(new SettingsOverrides(), FakeEnvironment.Of(("MFA_TARGET_URL", ""), ("MFA_BRAND", "")));

        settings.TargetUrl.ShouldBeNull();
        settings.Brand.ShouldBeNull();
    }

    [Theory]
    [InlineData("--config", "missing.json", null, null)]
    [InlineData("MFA_CONFIG", null, "MFA_CONFIG", "missing.json")]
    [InlineData("MFA_TIMEOUT", null, "MFA_TIMEOUT", "forever")]
    [InlineData("MFA_TARGET_URL", null, "MFA_TARGET_URL", "not a url")]
    [InlineData("MFA_OTP_SOURCE", null, "MFA_OTP_SOURCE", "carrier-pigeon")]
    public void Resolve_BadSetting_ThrowsNamingIt(string expectedSetting, string? configOption, string? variable, string? value)
    {
        var environment = variable is null ? FakeEnvironment.Empty : FakeEnvironment.Of((variable, value!));

        var ex = Should.Throw<SettingsException>(() => Resolve(new SettingsOverrides { ConfigPath = configOption }, environment));

        ex.Setting.ShouldBe(expectedSetting);
    }

    [Fact]
    public void Resolve_FixedOtpWithoutValue_SaysWhereToSetIt()
    {
        var ex = Should.Throw<SettingsException>(() => Resolve(new SettingsOverrides { OtpSource = "fixed" }, FakeEnvironment.Empty));

        ex.Setting.ShouldBe("otp.value");
        ex.Problem.ShouldContain("MFA_OTP_VALUE");
    }

    [Fact]
    public void Resolve_UnknownMutant_SuggestsTheClosestName()
    {
        var ex = Should.Throw<SettingsException>(() => Resolve(new SettingsOverrides { Mutant = "accept-any-otpp" }, FakeEnvironment.Empty));

        ex.Setting.ShouldBe("embedded.mutant");
        ex.Problem.ShouldContain("did you mean 'accept-any-otp'?");
    }

    [Fact]
    public void Resolve_MutantWithExternalTarget_IsRefused()
    {
        var ex = Should.Throw<SettingsException>(() => Resolve(new SettingsOverrides { Mutant = "accept-any-otp", TargetUrl = "http://127.0.0.1:1" }, FakeEnvironment.Empty));

        ex.Problem.ShouldContain("only on the embedded server");
    }

    [Fact]
    public void Resolve_HeaderOptionWithoutColon_IsRefusedWithoutEchoingIt()
    {
        var ex = Should.Throw<SettingsException>(() => Resolve(new SettingsOverrides { Headers = ["X-Api-Key s3cr3t"] }, FakeEnvironment.Empty));

        ex.Setting.ShouldBe("--header");
        ex.Message.ShouldNotContain("s3cr3t");
    }

    [Fact]
    public void Resolve_OldOverload_StillAppliesTargetAndBrand()
    {
        var settings = HarnessSettingsResolver.Resolve("http://127.0.0.1:5080", "ACME", FakeEnvironment.Empty);

        settings.TargetUrl.ShouldBe(new Uri("http://127.0.0.1:5080"));
        settings.Brand.ShouldBe("ACME");
    }

    [Fact]
    public void Resolve_FixturesFileWithABadCustomer_IsRefusedUpFrontNamingTheField()
    {
        var fixtures = _folder.Write("ids.json", """{"brand":"ACME","customers":[{"identifierType":"PHONE","identifierValue":"9198","password":"Hunter2!secret"}]}""");

        var ex = Should.Throw<SettingsException>(() => Resolve(new SettingsOverrides { Fixtures = fixtures }, FakeEnvironment.Empty));

        ex.Setting.ShouldBe("identities.fixtures");
        ex.Problem.ShouldContain("customers[0].identifierType");
        ex.Message.ShouldNotContain("Hunter2!secret");
    }
}
