using MfaConformance.Client.Otp;
namespace MfaConformance.Client.Tests.Otp;

public sealed class CommandOtpSourceTests
{
    private static readonly OtpRequest Request = new("ACME", "MOBILE", "9198", "P-1", "dev-1");

    [Fact]
    public async Task GetOtpAsync_Echo_ReturnsFirstNonEmptyLine()
    {
        var source = new CommandOtpSource("echo; echo 123456; echo 999999");

        (await source.GetOtpAsync(Request, CancellationToken.None)).ShouldBe("123456");
    }

    [Fact]
    public async Task GetOtpAsync_Always_PassesCustomerInEnvironment()
    {
        var source = new CommandOtpSource("echo \"$MFA_BRAND|$MFA_IDENTIFIER_TYPE|$MFA_IDENTIFIER_VALUE|$MFA_SESSION_ID|$MFA_DEVICE_ID\"");

        (await source.GetOtpAsync(Request, CancellationToken.None)).ShouldBe("ACME|MOBILE|9198|P-1|dev-1");
    }

    [Fact]
    public async Task GetOtpAsync_NonZeroExit_ThrowsWithExitCodeAndStderr()
    {
        var source = new CommandOtpSource("echo 'gateway down' >&2; exit 3");

        var ex = await Should.ThrowAsync<OtpUnavailableException>(() => source.GetOtpAsync(Request, CancellationToken.None));

        ex.Message.ShouldContain("exited with code 3");
        ex.Message.ShouldContain("gateway down");
    }

    [Fact]
    public async Task GetOtpAsync_NoOutput_Throws()
    {
        var source = new CommandOtpSource("true");

        var ex = await Should.ThrowAsync<OtpUnavailableException>(() => source.GetOtpAsync(Request, CancellationToken.None));

        ex.Message.ShouldContain("printed nothing");
    }

    [Fact]
    public async Task GetOtpAsync_CommandHangs_ThrowsTimeoutError()
    {
        var source = new CommandOtpSource("exec sleep 30", TimeSpan.FromMilliseconds(200));

        var ex = await Should.ThrowAsync<OtpUnavailableException>(() => source.GetOtpAsync(Request, CancellationToken.None));

        ex.Message.ShouldContain("did not finish within 0.2 s");
    }

    [Fact]
    public void Constructor_NonPositiveTimeout_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new CommandOtpSource("echo 1", TimeSpan.Zero));
}
