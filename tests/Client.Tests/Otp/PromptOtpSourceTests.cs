using MfaConformance.Client.Otp;
namespace MfaConformance.Client.Tests.Otp;

public sealed class PromptOtpSourceTests
{
    private static readonly OtpRequest Request = new("ACME", "MOBILE", "9198", "P-1", "dev-1");

    [Fact]
    public async Task GetOtpAsync_LineEntered_ReturnsItAfterPrompt()
    {
        var output = new StringWriter();
        var source = new PromptOtpSource(new StringReader(" 654321 \n"), output);

        var otp = await source.GetOtpAsync(Request, CancellationToken.None);

        otp.ShouldBe("654321");
        output.ToString().ShouldBe("Enter the OTP sent to brand ACME, MOBILE 9198, session P-1: ");
    }

    [Theory]
    [InlineData("", "end of stream")]
    [InlineData("\n", "empty line")]
    public async Task GetOtpAsync_NoUsableInput_Throws(string input, string reason)
    {
        var source = new PromptOtpSource(new StringReader(input), new StringWriter());

        var ex = await Should.ThrowAsync<OtpUnavailableException>(() => source.GetOtpAsync(Request, CancellationToken.None));

        ex.Message.ShouldContain(reason);
    }
}
