using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MfaConformance.Client.Tests.Support;

/// <summary>
/// A raw-socket HTTP/1.1 server on 127.0.0.1:0 that answers one request with a huge chunked JSON body, and counts the
/// bytes the socket accepted before the client stopped reading (a write then fails), unlike Kestrel, whose writes after
/// an abort succeed silently.
/// </summary>
internal sealed class StreamingSocketServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly long _total;
    private readonly bool _announce;
    private readonly Task _serve;
    private long _written;

    /// <param name="announce">Send a Content-Length (else the body is chunked).</param>
    public StreamingSocketServer(long total, bool announce = false)
    {
        _total = total;
        _announce = announce;
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _serve = Task.Run(ServeOneAsync);
    }

    public Uri Url { get; }

    /// <summary>Body bytes the socket accepted.</summary>
    public long Written => Interlocked.Read(ref _written);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serve;
    }

    private async Task ServeOneAsync()
    {
        try
        {
            using var client = await _listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            var request = new byte[8192];
            var seen = new StringBuilder();
            while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(request);
                if (read == 0)
                    return;
                seen.Append(Encoding.ASCII.GetString(request, 0, read));
            }

            var framing = _announce ? $"Content-Length: {_total}" : "Transfer-Encoding: chunked";
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{framing}\r\n\r\n"));
            var body = new string(' ', 0x10000);
            var chunk = Encoding.ASCII.GetBytes(_announce ? body : "10000\r\n" + body + "\r\n");
            while (Written < _total)
            {
                await stream.WriteAsync(chunk);
                Interlocked.Add(ref _written, 0x10000);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // the client stopped reading and closed the connection
        }
    }
}
