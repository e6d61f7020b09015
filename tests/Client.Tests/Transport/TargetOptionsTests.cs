using MfaConformance.Client.Otp;
using MfaConformance.Client.Transport;
namespace MfaConformance.Client.Tests.Transport;

public sealed class TargetOptionsTests
{
    private static readonly Uri Url = new("http://127.0.0.1:5000");

    [Fact]
    public void Defaults_Unset_TenSecondTimeoutHooksOtp()
    {
        var options = new TargetOptions { BaseUrl = Url };

        options.Timeout.ShouldBe(TimeSpan.FromSeconds(10));
        options.Otp.Kind.ShouldBe(OtpSourceKind.Hooks);
        options.Brand.ShouldBeNull();
        Should.NotThrow(options.Validate);
    }

    [Theory]
    [InlineData("ftp://example.org", "BaseUrl")]
    [InlineData("relative/path", "BaseUrl")]
    public void Validate_BadBaseUrl_NamesIt(string url, string field)
    {
        var options = new TargetOptions { BaseUrl = new Uri(url, UriKind.RelativeOrAbsolute) };

        Should.Throw<ArgumentException>(options.Validate).ParamName.ShouldBe(field);
    }

    [Fact]
    public void Validate_ZeroTimeout_NamesIt() =>
        Should.Throw<ArgumentException>(new TargetOptions { BaseUrl = Url, Timeout = TimeSpan.Zero }.Validate).ParamName.ShouldBe("Timeout");

    [Fact]
    public void Validate_BlankBrand_NamesIt() =>
        Should.Throw<ArgumentException>(new TargetOptions { BaseUrl = Url, Brand = " " }.Validate).ParamName.ShouldBe("Brand");

    [Fact]
    public void Validate_CommandOtpWithoutCommand_NamesIt() =>
        Should.Throw<ArgumentException>(new TargetOptions { BaseUrl = Url, Otp = new OtpSourceOptions { Kind = OtpSourceKind.Command } }.Validate)
            .ParamName.ShouldBe("Command");

    [Fact]
    public void TargetConnection_InvalidOptions_Throws() =>
        Should.Throw<ArgumentException>(() => new TargetConnection(new TargetOptions { BaseUrl = Url, Timeout = TimeSpan.FromSeconds(-1) }));
}
