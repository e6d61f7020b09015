using MfaConformance.Cli.Tests.Support;
using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Tests.Configuration;

/// <summary>The issue-13 settings: response-size limit, scenario and suite deadlines, load pre-flight.</summary>
public sealed class ReliabilitySettingsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("1048576", 1_048_576)]
    [InlineData("1MB", 1_048_576)]
    [InlineData("1MiB", 1_048_576)]
    [InlineData("512KB", 524_288)]
    [InlineData("2 mb", 2_097_152)]
    [InlineData("1.5M", 1_572_864)]
    public void ParseSize_ValidText_GivesBytes(string text, long bytes) => SettingValues.ParseSize(text, "x").ShouldBe(bytes);

    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("2GB")]
    [InlineData("lots")]
    public void ParseSize_BadText_NamesTheSetting(string text) =>
        Should.Throw<SettingsException>(() => SettingValues.ParseSize(text, "--max-response-size")).Setting.ShouldBe("--max-response-size");

    [Fact]
    public void Defaults_OneMegabyteTwoMinutesTenMinutesPreflightOn()
    {
        var settings = ResolveSettings.In(_folder.Path);

        settings.MaxResponseBytes.ShouldBe(1024 * 1024);
        TargetFactory.OptionsFor(settings, new Uri("http://t.test")).MaxResponseBytes.ShouldBe(1024 * 1024);
        settings.EffectiveScenarioTimeout.ShouldBe(TimeSpan.FromMinutes(2));
        settings.EffectiveSuiteTimeout.ShouldBe(TimeSpan.FromMinutes(10));
        settings.LoadPreflight.ShouldBeTrue();
    }

    [Fact]
    public void Layers_FileEnvironmentCommandLine_EachSetTheNewSettings()
    {
        _folder.Write("c.json", """{ "target": { "maxResponseSize": "2MB" }, "suite": { "scenarioTimeout": "30s", "timeout": "5m" }, "load": { "preflight": false } }""");
        var fromFile = ResolveSettings.In(_folder.Path, config: "c.json");
        var fromEnvironment = ResolveSettings.In(_folder.Path, FakeEnvironment.Of(("MFA_MAX_RESPONSE_SIZE", "64KB"), ("MFA_SCENARIO_TIMEOUT", "20s"), ("MFA_SUITE_TIMEOUT", "4m")), "c.json");
        var fromOptions = ResolveSettings.In(_folder.Path, config: "c.json", options: [("target.maxResponseSize", "8KB"), ("suite.scenarioTimeout", "10s"), ("suite.timeout", "3m")]);

        (fromFile.MaxResponseBytes, fromFile.ScenarioTimeout, fromFile.SuiteTimeout, fromFile.LoadPreflight).ShouldBe((2L * 1024 * 1024, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), false));
        (fromEnvironment.MaxResponseBytes, fromEnvironment.ScenarioTimeout, fromEnvironment.SuiteTimeout).ShouldBe((64L * 1024, TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(4)));
        (fromOptions.MaxResponseBytes, fromOptions.ScenarioTimeout, fromOptions.SuiteTimeout).ShouldBe((8L * 1024, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(3)));
    }

    [Fact]
    public void PromptOtpSource_HasNoDeadlinesUnlessSet()
    {
        var prompt = new HarnessSettings { Otp = new OtpSourceOptions { Kind = OtpSourceKind.Prompt } };

        prompt.EffectiveScenarioTimeout.ShouldBeNull();
        prompt.EffectiveSuiteTimeout.ShouldBeNull();
        (prompt with { SuiteTimeout = TimeSpan.FromHours(1) }).EffectiveSuiteTimeout.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void File_BadSize_IsRefusedNamingTheKey()
    {
        _folder.Write("c.json", """{ "target": { "maxResponseSize": true } }""");

        Should.Throw<SettingsException>(() => ResolveSettings.In(_folder.Path, config: "c.json"))
            .Message.ShouldContain("target.maxResponseSize");
    }
}
