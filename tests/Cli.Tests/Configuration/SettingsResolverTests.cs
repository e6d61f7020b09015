using MfaConformance.Cli.Tests.Support;
using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Tests.Configuration;

public sealed class SettingsResolverTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private HarnessSettings Resolve(Func<string, string?>? environment = null, string? config = null, string command = HarnessCommands.Verify, params (string, string)[] options) =>
        ResolveSettings.In(_folder.Path, environment, config, command, options);

    [Fact]
    public void Resolve_NoFileNoEnvironmentNoOptions_GivesDefaults()
    {
        var settings = Resolve();

        ResolveSettings.Comparable(new HarnessSettings(), settings).ShouldBeEquivalentTo(settings);
        settings.ReportsFolder.ShouldBe(Path.Combine(_folder.Path, "reports"));
        settings.Origins.ShouldBeEmpty();
        settings.IsEmbedded.ShouldBeTrue();
    }

    [Fact]
    public void Resolve_DefaultFileInCurrentFolder_IsRead()
    {
        var path = _folder.Write(SettingsTable.DefaultConfigFileName, """{ "target": { "brand": "FROMFILE" } }""");

        var settings = Resolve();

        settings.Brand.ShouldBe("FROMFILE");
        settings.ConfigPath.ShouldBe(path);
        settings.OriginOf("target.brand").ShouldBe(SettingOrigin.File);
    }

    [Fact]
    public void Resolve_AllLayers_CommandLineBeatsEnvironmentBeatsFile()
    {
        _folder.Write("my.json", """{ "target": { "baseUrl": "http://file.test", "brand": "FILE", "timeout": "1s" }, "reports": { "folder": "file-reports" } }""");
        var environment = FakeEnvironment.Of(("MFA_CONFIG", "my.json"), ("MFA_TARGET_URL", "http://env.test"), ("MFA_BRAND", "ENV"));

        var settings = Resolve(environment, options: ("target.brand", "CLI"));

        settings.TargetUrl.ShouldBe(new Uri("http://env.test"));
        settings.Brand.ShouldBe("CLI");
        settings.Timeout.ShouldBe(TimeSpan.FromSeconds(1));
        settings.ReportsFolder.ShouldBe(Path.Combine(_folder.Path, "file-reports"), "paths in the file are relative to the file");
        (settings.OriginOf("target.baseUrl"), settings.OriginOf("target.brand"), settings.OriginOf("target.timeout")).ShouldBe((SettingOrigin.Environment, SettingOrigin.Option, SettingOrigin.File));
    }

    [Fact]
    public void Resolve_LoadDurationAndRate_DefaultByCommandThenLayered()
    {
        Resolve(command: HarnessCommands.Load).LoadDuration.ShouldBe(TimeSpan.FromSeconds(30));
        Resolve(command: HarnessCommands.Accept).LoadDuration.ShouldBe(TimeSpan.FromSeconds(10));
        (Resolve(command: HarnessCommands.Load).LoadRate, Resolve(command: HarnessCommands.Accept).LoadRate).ShouldBe((20d, 10d));
        _folder.Write("c.json", """{ "load": { "duration": "1h30m", "rate": 3 } }""");

        var fromFile = Resolve(config: "c.json", command: HarnessCommands.Accept);
        var fromEnvironment = Resolve(FakeEnvironment.Of(("MFA_LOAD_DURATION", "45s")), config: "c.json", command: HarnessCommands.Accept);
        var fromOptions = Resolve(FakeEnvironment.Of(("MFA_LOAD_DURATION", "45s")), config: "c.json", command: HarnessCommands.Accept, options: ("load.duration", "5s"));

        (fromFile.LoadDuration, fromFile.LoadRate).ShouldBe((TimeSpan.FromMinutes(90), 3d));
        fromEnvironment.LoadDuration.ShouldBe(TimeSpan.FromSeconds(45));
        fromOptions.LoadDuration.ShouldBe(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Resolve_EnvironmentOtpVariables_SetTheOtpSource()
    {
        var environment = FakeEnvironment.Of(("MFA_OTP_SOURCE", "fixed"), ("MFA_OTP_VALUE", "424242"), ("MFA_TIMEOUT", "750ms"));

        var settings = Resolve(environment);

        settings.Otp.Kind.ShouldBe(OtpSourceKind.Fixed);
        settings.Otp.FixedOtp.ShouldBe("424242");
        settings.Timeout.ShouldBe(TimeSpan.FromMilliseconds(750));
    }

    [Fact]
    public void Resolve_EmptyEnvironmentVariable_CountsAsUnset()
    {
        var settings = Resolve(FakeEnvironment.Of(("MFA_TARGET_URL", ""), ("MFA_BRAND", "")));

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

        var ex = Should.Throw<SettingsException>(() => Resolve(environment, configOption));

        ex.Setting.ShouldBe(expectedSetting);
        ex.ExitCode.ShouldBe(ExitCode.Usage);
    }

    [Theory]
    [InlineData("5", "'5' has no unit: write 5s or 5000ms")]
    [InlineData("1.5", "'1.5' has no unit: write 1.5s or 1500ms")]
    public void Resolve_BareNumberDuration_IsRefusedWithAHintInEveryLayer(string value, string hint)
    {
        _folder.Write("c.json", $$"""{ "target": { "timeout": {{value}} } }""");

        Should.Throw<SettingsException>(() => Resolve(options: ("target.timeout", value))).Message.ShouldBe($"--timeout: {hint}");
        Should.Throw<SettingsException>(() => Resolve(FakeEnvironment.Of(("MFA_TIMEOUT", value)))).Message.ShouldBe($"MFA_TIMEOUT: {hint}");
        Should.Throw<SettingsException>(() => Resolve(config: "c.json")).Message.ShouldEndWith($"c.json: target.timeout: {hint}");
    }

    [Theory]
    [InlineData("target.timeout")]
    [InlineData("otp.commandTimeout")]
    [InlineData("suite.scenarioTimeout")]
    [InlineData("suite.timeout")]
    [InlineData("load.duration")]
    public void Resolve_OneHourThirtyMinutes_IsAcceptedByEveryDurationSetting(string key)
    {
        var setting = SettingsTable.Find(key).ShouldNotBeNull();
        _folder.Write("c.json", $$"""{ "{{setting.Section}}": { "{{setting.Name}}": "1h30m" } }""");

        var settings = Resolve(config: "c.json");

        new[] { settings.Timeout, settings.Otp.CommandTimeout, settings.ScenarioTimeout ?? TimeSpan.Zero, settings.SuiteTimeout ?? TimeSpan.Zero, settings.LoadDuration }
            .ShouldContain(TimeSpan.FromMinutes(90));
    }

    [Fact]
    public void Resolve_FixedOtpWithoutValue_SaysWhereToSetIt()
    {
        var ex = Should.Throw<SettingsException>(() => Resolve(options: ("otp.source", "fixed")));

        ex.Setting.ShouldBe("otp.value");
        ex.Problem.ShouldContain("MFA_OTP_VALUE");
    }

    [Fact]
    public void Resolve_UnknownMutant_SuggestsTheClosestName()
    {
        var ex = Should.Throw<SettingsException>(() => Resolve(options: ("embedded.mutant", "accept-any-otpp")));

        ex.Setting.ShouldBe("embedded.mutant");
        ex.Problem.ShouldContain("did you mean 'accept-any-otp'?");
    }

    [Fact]
    public void Resolve_MutantWithExternalTarget_IsRefused()
    {
        var ex = Should.Throw<SettingsException>(() => Resolve(options: [("embedded.mutant", "accept-any-otp"), ("target.baseUrl", "http://127.0.0.1:1")]));

        ex.Problem.ShouldContain("only on the embedded server");
    }

    [Fact]
    public void Resolve_HeaderOptionWithoutColon_IsRefusedWithoutEchoingIt()
    {
        var ex = Should.Throw<SettingsException>(() => Resolve(options: ("target.headers", "X-Api-Key s3cr3t")));

        ex.Setting.ShouldBe("--header");
        ex.Message.ShouldNotContain("s3cr3t");
    }

    [Fact]
    public void Resolve_FixturesFileWithABadCustomer_IsRefusedUpFrontNamingTheField()
    {
        var fixtures = _folder.Write("ids.json", """{"brand":"ACME","customers":[{"identifierType":"PHONE","identifierValue":"9198","password":"Hunter2!secret"}]}""");

        var ex = Should.Throw<SettingsException>(() => Resolve(options: ("identities.fixtures", fixtures)));

        ex.Setting.ShouldBe("identities.fixtures");
        ex.Problem.ShouldContain("customers[0].identifierType");
        ex.Message.ShouldNotContain("Hunter2!secret");
    }
}
