using System.IO.Compression;
using MfaConformance.Client.Exchange;
using MfaConformance.Client.Requests;
using MfaConformance.Client.Tests.Support;
using MfaConformance.Client.Transport;
using MfaConformance.HostileTarget;
using static MfaConformance.Client.Tests.Support.Samples;
namespace MfaConformance.Client.Tests.Transport;

/// <summary>
/// The harness bounds what it reads: an answer larger than <see cref="TargetOptions.MaxResponseBytes"/> is not read
/// and becomes a transport error naming the call and the size, whether the target announces the size, streams it
/// chunked or compresses it.
/// </summary>
public sealed class ResponseSizeLimitTests : ServerTestBase
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;
    private static readonly TokenGenerateRequest Request = new("MOBILE", Mobile, Brand, Device);

    [Fact]
    public async Task Answer_FiftyMegabytesWithContentLength_IsRefusedBeforeTheBodyNamingTheCallAndBothSizes()
    {
        await using var server = new HostileTargetServer(HostileBehaviour.Huge, hugeBytes: FiftyMegabytes);
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = server.Url });

        var response = await connection.CreateAuthClient().TokenGenerateAsync(Request);

        response.StatusCode.ShouldBe(0);
        response.TransportError.ShouldNotBeNull().ShouldStartWith("POST /auth/v1/token/generate: the HTTP 200 answer's body (52428800 bytes announced) is larger than the 1048576-byte response-size limit");
        response.Exchange.ResponseBytes.ShouldBe(0);
        await server.DisposeAsync();
        server.BodyBytesWritten.ShouldBeLessThan(24L * 1024 * 1024, "the client kept reading the body (the socket buffers hold a few MB at most)");
    }

    [Fact]
    public async Task Answer_FiftyMegabytesChunked_StopsReadingAtTheLimitNamingTheCallAndTheLimit()
    {
        await using var server = new HostileTargetServer(HostileBehaviour.HugeChunked, hugeBytes: FiftyMegabytes);
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = server.Url });

        var response = await connection.CreateAuthClient().TokenGenerateAsync(Request);

        response.StatusCode.ShouldBe(0);
        response.TransportError.ShouldNotBeNull().ShouldStartWith("POST /auth/v1/token/generate: the answer's body (no Content-Length; reading stopped at the limit) is larger than the 1048576-byte response-size limit");
        await server.DisposeAsync();
        server.BodyBytesWritten.ShouldBeLessThan(24L * 1024 * 1024, "the client kept reading the body (the socket buffers hold a few MB at most)");
    }

    [Fact]
    public async Task Answer_SmallGzipThatInflatesToFiftyMegabytes_StopsAtTheLimit()
    {
        var compressed = Gzip(new byte[FiftyMegabytes]);
        Server.Handle(async (_, ctx) =>
        {
            ctx.Response.ContentType = "application/json";
            ctx.Response.Headers.ContentEncoding = "gzip";
            ctx.Response.ContentLength = compressed.Length;
            await ctx.Response.Body.WriteAsync(compressed);
        });

        var response = await Client.TokenGenerateAsync(Request);

        compressed.Length.ShouldBeLessThan(1024 * 1024);
        response.TransportError.ShouldNotBeNull().ShouldContain("is larger than the 1048576-byte response-size limit");
    }

    [Fact]
    public async Task Answer_UnderTheLimit_IsReadAndItsBodyIsCutInTheFormattedExchange()
    {
        var body = $$"""{"status":{"success":true,"code":200,"message":"SUCCESS"},"pad":"{{new string('x', 900_000)}}"}""";
        Server.Reply(200, body);

        var response = await Client.TokenGenerateAsync(Request);

        response.IsSuccess.ShouldBeTrue(response.ToString());
        response.Exchange.ResponseBytes.ShouldBe(body.Length);
        var formatted = response.Exchange.Format();
        formatted.Length.ShouldBeLessThan(ExchangeFormatter.MaxBodyChars + 2_000);
        formatted.ShouldContain($"(body cut: the first {ExchangeFormatter.MaxBodyChars} of {body.Length} characters shown");
    }

    [Fact]
    public async Task MaxResponseBytes_Configured_AppliesTheGivenLimit()
    {
        Server.Reply(200, FakeServer.SuccessEnvelope + new string(' ', 200));
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = Server.BaseUrl, MaxResponseBytes = 100 });

        var response = await connection.CreateAuthClient().TokenGenerateAsync(Request);

        response.TransportError.ShouldNotBeNull().ShouldContain("is larger than the 100-byte response-size limit");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3_000_000_000)]
    public void MaxResponseBytes_OutOfRange_IsRefusedNamingTheSetting(long limit) =>
        Should.Throw<ArgumentException>(() => new TargetOptions { BaseUrl = new Uri("http://127.0.0.1:1/"), MaxResponseBytes = limit }.Validate())
            .Message.ShouldContain("MaxResponseBytes");

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
            gzip.Write(data);
        return output.ToArray();
    }
}
