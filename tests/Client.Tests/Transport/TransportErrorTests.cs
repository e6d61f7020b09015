using MfaConformance.Client.Requests;
using MfaConformance.Client.Tests.Support;
using MfaConformance.Client.Transport;
using static MfaConformance.Client.Tests.Support.Samples;
namespace MfaConformance.Client.Tests.Transport;

public sealed class TransportErrorTests : ServerTestBase
{
    private static readonly TokenGenerateRequest Request = new("MOBILE", Mobile, Brand, Device);

    [Fact]
    public async Task TokenGenerateAsync_ClosedPort_ReturnsConnectionRefusedNamingCallAndTarget()
    {
        var url = ClosedPort.Url();
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = url });

        var response = await connection.CreateAuthClient().TokenGenerateAsync(Request);

        response.StatusCode.ShouldBe(0);
        response.TransportError.ShouldBe($"POST /auth/v1/token/generate: connection refused ({url.GetLeftPart(UriPartial.Authority)})");
        response.IsSuccess.ShouldBeFalse();
        response.Status.ShouldBeNull();
        response.ToString().ShouldBe(response.TransportError);
    }

    [Fact]
    public async Task TokenGenerateAsync_ServerNeverAnswers_ReturnsTimedOutAfterConfiguredTimeout()
    {
        Server.NeverAnswer();
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = Server.BaseUrl, Timeout = TimeSpan.FromMilliseconds(300) });

        var response = await connection.CreateAuthClient().TokenGenerateAsync(Request);

        response.StatusCode.ShouldBe(0);
        response.TransportError.ShouldNotBeNull().ShouldStartWith("POST /auth/v1/token/generate: timed out after 0.3 s");
    }

    [Fact]
    public async Task TokenGenerateAsync_CallerCancels_ThrowsOperationCanceled()
    {
        Server.NeverAnswer();
        using var cancel = new CancellationTokenSource();
        var call = Client.TokenGenerateAsync(Request, cancellationToken: cancel.Token);
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(call);
    }

    [Fact]
    public async Task TransportError_Observed_ObserverSeesIt()
    {
        var observer = new RecordingObserver();
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = ClosedPort.Url() });

        await connection.CreateAuthClient(observer).TokenGenerateAsync(Request);

        observer.Seen.ShouldHaveSingleItem().TransportError.ShouldNotBeNull().ShouldContain("connection refused");
    }

    [Fact]
    public async Task EnsureSuccess_TransportError_ThrowsApiCallExceptionWithMessage()
    {
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = ClosedPort.Url() });
        var response = await connection.CreateAuthClient().TokenGenerateAsync(Request);

        var ex = Should.Throw<ApiCallException>(() => response.EnsureSuccess());

        ex.Message.ShouldContain("connection refused");
        ex.Response.ShouldBeSameAs(response);
    }

    [Fact]
    public async Task TokenGenerateAsync_ServerDropsConnection_ReturnsTransportErrorNamingCall()
    {
        Server.Handle((_, ctx) =>
        {
            ctx.Abort();
            return Task.CompletedTask;
        });

        var response = await Client.TokenGenerateAsync(Request);

        response.StatusCode.ShouldBe(0);
        response.TransportError.ShouldNotBeNull().ShouldStartWith("POST /auth/v1/token/generate: ");
        response.TransportError.ShouldContain(Server.BaseUrl.GetLeftPart(UriPartial.Authority));
        response.TransportError.ShouldContain("connection");
    }
}
