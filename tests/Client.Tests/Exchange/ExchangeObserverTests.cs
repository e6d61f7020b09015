using MfaConformance.Client.Requests;
using MfaConformance.Client.Tests.Support;
using static MfaConformance.Client.Tests.Support.Samples;
namespace MfaConformance.Client.Tests.Exchange;

public sealed class ExchangeObserverTests : ServerTestBase
{
    private static readonly OtpGenerateRequest Request = new("MOBILE", Mobile, Device, Brand, Session);

    [Fact]
    public async Task ViewObserver_OwnCalls_SeesOnlyThoseWithBytesAndTiming()
    {
        var mine = new RecordingObserver();
        var client = Connection.CreateAuthClient(mine);

        await client.MfaOtpGenerateAsync(Request);
        await Client.MfaOtpGenerateAsync(Request);

        var seen = mine.Seen.ShouldHaveSingleItem();
        seen.CallName.ShouldBe("POST /auth/v1/mfa/otp/generate");
        seen.StatusCode.ShouldBe(200);
        seen.RequestBytes.ShouldBe(System.Text.Encoding.UTF8.GetByteCount(Server.Requests[0].Body));
        seen.ResponseBytes.ShouldBe(FakeServer.SuccessEnvelope.Length);
    }

    [Fact]
    public async Task Subscribe_ConnectionWide_SeesEveryViewUntilDisposed()
    {
        var all = new RecordingObserver();
        var subscription = Connection.Subscribe(all);

        await Client.MfaOtpGenerateAsync(Request);
        await Hooks.AdvanceClockAsync(0);
        subscription.Dispose();
        await Client.MfaOtpGenerateAsync(Request);

        all.Seen.Select(e => e.CallName).ShouldBe(["POST /auth/v1/mfa/otp/generate", "POST /__harness/v1/clock"]);
    }
}
