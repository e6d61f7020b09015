using System.Net.Sockets;
using System.Text;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Api;

/// <summary>
/// The requests Kestrel refuses before the application runs get its empty-bodied answers, not the envelope: the
/// table "Answers Kestrel gives before the application runs" of src/ReferenceServer/README.md, kept true here.
/// </summary>
public sealed class KestrelAnswersTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, string> Requests => new()
    {
        { "POST /auth/v1/token%00/generate HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", "HTTP/1.1 400 " },
        { "POST /auth/v1/token/generate?" + new string('a', 9000) + " HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 414 " },
        { "POST /auth/v1/token/generate HTTP/1.1\r\nHost: x\r\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"X-H{i}: v\r\n")) + "\r\n", "HTTP/1.1 431 " },
        { "POST /auth/v1/token/generate HTTP/9.9\r\nHost: x\r\n\r\n", "HTTP/1.1 505 " },
        { "POST /auth/v1/token/generate HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", "HTTP/1.1 400 " },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task RequestKestrelRefuses_GetsKestrelsEmptyBodiedAnswer(string request, string statusLine)
    {
        var answer = await SendRawAsync(request);

        answer.ShouldStartWith(statusLine);
        answer.ShouldContain("Content-Length: 0");
        answer.ShouldNotContain("\"status\"");
    }

    [Fact]
    public async Task BadChunkedBody_IsRefusedByTheBodyCheckWithTheEnvelope()
    {
        var answer = await SendRawAsync("POST /auth/v1/token/generate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");

        answer.ShouldStartWith("HTTP/1.1 400 ");
        answer.ShouldContain("the request body could not be read");
    }

    private async Task<string> SendRawAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(fixture.BaseUrl.Host, fixture.BaseUrl.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var received = new MemoryStream();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
                var text = Encoding.ASCII.GetString(received.ToArray());
                if (text.Contains("\r\n\r\n", StringComparison.Ordinal) && (text.Contains("Content-Length: 0", StringComparison.Ordinal) || text.EndsWith("0\r\n\r\n", StringComparison.Ordinal)))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // Kestrel closes the connection after its answer
        }

        return Encoding.ASCII.GetString(received.ToArray());
    }
}
