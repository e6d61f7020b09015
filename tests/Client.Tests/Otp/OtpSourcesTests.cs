using MfaConformance.Client.Otp;
namespace MfaConformance.Client.Tests.Otp;

public sealed class OtpSourcesTests
{
    [Theory]
    [InlineData(OtpSourceKind.Fixed, "fixed")]
    [InlineData(OtpSourceKind.Command, "command")]
    [InlineData(OtpSourceKind.Prompt, "prompt")]
    public void Create_Kind_MatchingSource(OtpSourceKind kind, string name)
    {
        var options = new OtpSourceOptions { Kind = kind, FixedOtp = "123456", Command = "echo 1" };

        OtpSources.Create(options).Name.ShouldBe(name);
    }

    [Fact]
    public void Create_FixedWithoutValue_ThrowsNamingSetting()
    {
        var ex = Should.Throw<ArgumentException>(() => OtpSources.Create(new OtpSourceOptions { Kind = OtpSourceKind.Fixed }));

        ex.Message.ShouldContain("FixedOtp");
    }

    [Fact]
    public void Create_HooksWithoutClient_Throws() =>
        Should.Throw<ArgumentException>(() => OtpSources.Create(new OtpSourceOptions())).Message.ShouldContain("HooksClient");
}
