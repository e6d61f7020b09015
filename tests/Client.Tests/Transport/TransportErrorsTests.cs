using System.Net.Sockets;
using MfaConformance.Client.Transport;
using RestSharp;
namespace MfaConformance.Client.Tests.Transport;

public sealed class TransportErrorsTests
{
    private static readonly Uri Url = new("http://sandbox.example:8080/auth/v1/token/generate");

    [Theory]
    [InlineData(SocketError.HostNotFound, "host not found 'sandbox.example'")]
    [InlineData(SocketError.ConnectionRefused, "connection refused")]
    [InlineData(SocketError.ConnectionReset, "connection reset by the server")]
    [InlineData(SocketError.NetworkUnreachable, "network unreachable")]
    public void Describe_SocketFailure_NamesCallWhatAndOrigin(SocketError error, string what)
    {
        var response = Failed(ResponseStatus.Error, new HttpRequestException("boom", new SocketException((int)error)));

        TransportErrors.Describe("POST /auth/v1/token/generate", Url, response, TimeSpan.FromSeconds(10))
            .ShouldBe($"POST /auth/v1/token/generate: {what} (http://sandbox.example:8080)");
    }

    [Fact]
    public void Describe_TimedOut_SaysAfterHowLong()
    {
        var response = Failed(ResponseStatus.TimedOut, new TaskCanceledException());

        TransportErrors.Describe("DELETE /auth/v1/mfa/token/expire", Url, response, TimeSpan.FromSeconds(10))
            .ShouldBe("DELETE /auth/v1/mfa/token/expire: timed out after 10 s (http://sandbox.example:8080)");
    }

    [Fact]
    public void Describe_UnknownFailure_KeepsInnermostMessage()
    {
        var response = Failed(ResponseStatus.Error, new InvalidOperationException("outer", new FormatException("inner detail")));

        TransportErrors.Describe("GET /__harness/v1/otp", Url, response, TimeSpan.FromSeconds(1))
            .ShouldBe("GET /__harness/v1/otp: transport error: inner detail (http://sandbox.example:8080)");
    }

    private static RestResponse Failed(ResponseStatus status, Exception exception) =>
        new(new RestRequest()) { ResponseStatus = status, ErrorException = exception };
}
