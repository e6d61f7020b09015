using MfaConformance.Client.Requests;
using MfaConformance.Client.Tests.Support;
using static MfaConformance.Client.Tests.Support.Samples;
namespace MfaConformance.Client.Tests.Transport;

public sealed class TargetConnectionConcurrencyTests : ServerTestBase
{
    [Fact]
    public async Task SendAsync_ManyConcurrentCallsOnSharedConnection_EachGetsItsOwnResponse()
    {
        Server.Handle((request, ctx) =>
            FakeServer.Write(ctx, 200, TokenResponse(token: "tok-for-" + request.Json["identifierValue"]!.GetValue<string>())));
        var counter = new RecordingObserver();
        using var subscription = Connection.Subscribe(counter);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Connection.CreateAuthClient().TokenGenerateAsync(new TokenGenerateRequest("MOBILE", $"91{i:D8}", Brand, Device))));

        for (var i = 0; i < responses.Length; i++)
            responses[i].Auth!.Token.ShouldBe($"tok-for-91{i:D8}");
        counter.Seen.Count.ShouldBe(40);
        Server.Requests.Count.ShouldBe(40);
    }
}
