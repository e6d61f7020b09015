using MfaConformance.Client.Otp;
namespace MfaConformance.Client.Tests.Otp;

public sealed class FixedOtpSourceTests
{
    private static readonly OtpRequest Request = new("ACME", "MOBILE", "9198", "P-1", "dev-1");

    [Fact]
    public async Task GetOtpAsync_Configured_ReturnsValueTrimmed()
    {
        var source = new FixedOtpSource(" 123456 ");

        (await source.GetOtpAsync(Request, CancellationToken.None)).ShouldBe("123456");
        source.Name.ShouldBe("fixed");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_Blank_Throws(string value) =>
        Should.Throw<ArgumentException>(() => new FixedOtpSource(value));
}
