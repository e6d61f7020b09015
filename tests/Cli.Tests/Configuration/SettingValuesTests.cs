using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Tests.Configuration;

public sealed class SettingValuesTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("10s", 10_000)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("2m", 120_000)]
    [InlineData("1h", 3_600_000)]
    public void ParseDuration_ValidText_GivesTheDuration(string text, int milliseconds) =>
        SettingValues.ParseDuration(text, "x").ShouldBe(TimeSpan.FromMilliseconds(milliseconds));

    [Theory]
    [InlineData("0s")]
    [InlineData("-1s")]
    [InlineData("25h")]
    [InlineData("ten seconds")]
    [InlineData("10")]
    public void ParseDuration_BadText_NamesTheSetting(string text) =>
        Should.Throw<SettingsException>(() => SettingValues.ParseDuration(text, "target.timeout")).Setting.ShouldBe("target.timeout");

    [Fact]
    public void ParseDuration_BareNumber_IsRefusedWithAHint() =>
        Should.Throw<SettingsException>(() => SettingValues.ParseDuration("5", "--timeout")).Message.ShouldBe("--timeout: '5' has no unit: write 5s or 5000ms");

    [Fact]
    public void ApplyOtpSpec_FixedWithValue_SetsKindAndValue()
    {
        var otp = SettingValues.ApplyOtpSpec(new OtpSourceOptions(), "fixed:123456", "--otp-source");

        otp.Kind.ShouldBe(OtpSourceKind.Fixed);
        otp.FixedOtp.ShouldBe("123456");
    }

    [Fact]
    public void ApplyOtpSpec_CommandWithColonsInIt_KeepsTheWholeCommand()
    {
        var otp = SettingValues.ApplyOtpSpec(new OtpSourceOptions(), "command:curl -s http://127.0.0.1:9/otp", "--otp-source");

        otp.Kind.ShouldBe(OtpSourceKind.Command);
        otp.Command.ShouldBe("curl -s http://127.0.0.1:9/otp");
    }

    [Fact]
    public void ApplyOtpSpec_ValueOnHooks_IsRefusedWithoutEchoingTheValue()
    {
        var ex = Should.Throw<SettingsException>(() => SettingValues.ApplyOtpSpec(new OtpSourceOptions(), "hooks:778899", "--otp-source"));

        ex.Message.ShouldNotContain("778899");
    }

    [Theory]
    [InlineData("timout", "timeout")]
    [InlineData("baseurl", "baseUrl")]
    [InlineData("zzzzzzzz", null)]
    public void Suggest_Misspelling_GivesTheClosestKnownKey(string unknown, string? expected) =>
        KeySuggester.Suggest(unknown, ["baseUrl", "brand", "timeout", "headers"]).ShouldBe(expected);
}
