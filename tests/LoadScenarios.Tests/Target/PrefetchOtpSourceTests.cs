using MfaConformance.Client;

using MfaConformance.Client.Otp;
using MfaConformance.LoadScenarios.Target;
namespace MfaConformance.LoadScenarios.Tests.Target;

public sealed class PrefetchOtpSourceTests
{
    private sealed class CountingSource : IOtpSource
    {
        public int Calls { get; private set; }

        public string Name => "counting";

        public Task<string> GetOtpAsync(OtpRequest request, CancellationToken cancellationToken) => Task.FromResult($"{++Calls:D6}");
    }

    private static readonly OtpRequest Request = new("B", "MOBILE", "919800000001", "S1", "d1");

    [Fact]
    public async Task GetOtpAsync_AfterPrefetch_ReturnsThePrefetchedOtpOnceWithoutReadingAgain()
    {
        var inner = new CountingSource();
        var source = new PrefetchOtpSource(inner);

        await source.PrefetchAsync(Request, CancellationToken.None);
        var first = await source.GetOtpAsync(Request, CancellationToken.None);

        first.ShouldBe("000001");
        inner.Calls.ShouldBe(1);
        source.Pending.ShouldBe(0);
        (await source.GetOtpAsync(Request, CancellationToken.None)).ShouldBe("000002", "a second read goes to the inner source");
    }

    [Fact]
    public async Task GetOtpAsync_OtherSession_IsNotServedFromThePrefetch()
    {
        var source = new PrefetchOtpSource(new CountingSource());
        await source.PrefetchAsync(Request, CancellationToken.None);

        (await source.GetOtpAsync(Request with { SessionId = "S2" }, CancellationToken.None)).ShouldBe("000002");
        source.Pending.ShouldBe(1);
    }
}
