using MfaConformance.Client.Otp;
using MfaConformance.Client.Tests.Support;
namespace MfaConformance.Client.Tests.Otp;

public sealed class HooksOtpSourceTests : ServerTestBase
{
    private static readonly OtpRequest Request = new("ACME", "MOBILE", "9198", "P-1", "dev-1");

    [Fact]
    public async Task GetOtpAsync_Issued_ReturnsOtp()
    {
        Server.Reply(200, """{"otp":"111222","sessionId":"P-1"}""");

        (await new HooksOtpSource(Hooks).GetOtpAsync(Request, CancellationToken.None)).ShouldBe("111222");
    }

    [Fact]
    public async Task GetOtpAsync_NotIssued_ThrowsNamingCustomer()
    {
        Server.Reply(404, "{}");

        var ex = await Should.ThrowAsync<OtpUnavailableException>(() => new HooksOtpSource(Hooks).GetOtpAsync(Request, CancellationToken.None));

        ex.Message.ShouldBe("OTP source 'hooks': no OTP was issued for brand ACME, MOBILE 9198, session P-1");
    }
}
