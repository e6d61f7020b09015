using MfaConformance.Cli.Tests.Support;
using MfaConformance.Client;
using MfaConformance.Client.Otp;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;
namespace MfaConformance.Cli.Tests.Configuration;

public sealed class ConfigFileReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private HarnessSettings Read(string json) => ConfigFileReader.Apply(new HarnessSettings(), json, "cfg.json", _folder.Path);

    [Fact]
    public void Apply_CommentsAndTrailingCommas_ReadsEveryValue()
    {
        var fixtures = _folder.Write("ids.json", "{}");
        var settings = Read("""
            // a comment
            { "target": { "baseUrl": "https://sandbox.example.test/", "brand": "ACME", "timeout": "1500ms",
                          "allowInvalidCertificates": true, "headers": { "X-Gateway-Key": "abc" } },
              "identities": { "fixtures": "ids.json" },
              "otp": { "source": "fixed", "value": "123456", "commandTimeout": "5s" },
              "reports": { "folder": "out" },
              "load": { "duration": "2s", "rate": 7.5 }, }
            """);

        settings.TargetUrl.ShouldBe(new Uri("https://sandbox.example.test/"));
        settings.Brand.ShouldBe("ACME");
        settings.Timeout.ShouldBe(TimeSpan.FromMilliseconds(1500));
        settings.AllowInvalidCertificates.ShouldBeTrue();
        settings.ExtraHeaders["X-Gateway-Key"].ShouldBe("abc");
        settings.FixturesPath.ShouldBe(fixtures);
        settings.Otp.Kind.ShouldBe(OtpSourceKind.Fixed);
        settings.Otp.FixedOtp.ShouldBe("123456");
        settings.Otp.CommandTimeout.ShouldBe(TimeSpan.FromSeconds(5));
        settings.ReportsFolder.ShouldBe(Path.Combine(_folder.Path, "out"), "paths in the file are relative to the file");
        settings.LoadDuration.ShouldBe(TimeSpan.FromSeconds(2));
        settings.LoadRate.ShouldBe(7.5);
    }

    [Fact]
    public void Apply_NullValues_KeepDefaults()
    {
        var settings = Read("""{ "target": { "baseUrl": null, "timeout": null }, "otp": null }""");

        settings.ShouldBeEquivalentTo(new HarnessSettings());
    }

    [Theory]
    [InlineData("""{ "target": { "baseUrl": "ftp://x" } }""", "cfg.json: target.baseUrl", "not an absolute http")]
    [InlineData("""{ "target": { "timout": "10s" } }""", "cfg.json: target.timout", "did you mean 'timeout'?")]
    [InlineData("""{ "otpp": {} }""", "cfg.json: otpp", "did you mean 'otp'?")]
    [InlineData("""{ "target": { "timeout": "10 parsecs" } }""", "cfg.json: target.timeout", "not a duration")]
    [InlineData("""{ "target": { "timeout": 10 } }""", "cfg.json: target.timeout", "'10' has no unit: write 10s or 10000ms")]
    [InlineData("""{ "load": { "duration": "30" } }""", "cfg.json: load.duration", "'30' has no unit: write 30s or 30000ms")]
    [InlineData("""{ "target": { "timeout": true } }""", "cfg.json: target.timeout", "must be a string or a number, not a boolean")]
    [InlineData("""{ "target": { "allowInvalidCertificates": "yes" } }""", "cfg.json: target.allowInvalidCertificates", "true or false")]
    [InlineData("""{ "otp": { "source": "sms" } }""", "cfg.json: otp.source", "hooks, fixed, command or prompt")]
    [InlineData("""{ "load": { "rate": -3 } }""", "cfg.json: load.rate", "above 0")]
    [InlineData("""{ "identities": { "fixtures": "missing.json" } }""", "cfg.json: identities.fixtures", "does not exist")]
    [InlineData("""{ "target": { "brand": "  " } }""", "cfg.json: target.brand", "must not be blank")]
    [InlineData("""[1, 2]""", "cfg.json", "must be a JSON object")]
    [InlineData("""{ "target": { "baseUrl": """, "cfg.json", "not valid JSON (line 1")]
    public void Apply_BadValue_ThrowsNamingTheKeyAndTheProblem(string json, string setting, string problem)
    {
        var ex = Should.Throw<SettingsException>(() => Read(json));

        ex.Setting.ShouldBe(setting);
        ex.Problem.ShouldContain(problem);
    }

    [Fact]
    public void Apply_BadHeaderValueType_NeverPrintsTheOtherValues()
    {
        var ex = Should.Throw<SettingsException>(() => Read("""{ "target": { "headers": { "X-Key": "s3cr3t-value", "X-Other": 5 } } }"""));

        ex.Setting.ShouldBe("cfg.json: target.headers.X-Other");
        ex.Message.ShouldNotContain("s3cr3t-value");
    }

    [Fact]
    public void Apply_OtpValueOfWrongType_DoesNotEchoTheValue()
    {
        var ex = Should.Throw<SettingsException>(() => Read("""{ "otp": { "value": 987654 } }"""));

        ex.Setting.ShouldBe("cfg.json: otp.value");
        ex.Message.ShouldNotContain("987654");
    }
}
