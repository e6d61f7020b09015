using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MfaConformance.HostileTarget;

/// <summary>
/// A raw-socket HTTP/1.1 server on 127.0.0.1 that answers every request (API and sandbox hooks alike) the hostile
/// way its <see cref="HostileBehaviour"/> says; one request per connection. Used by the CLI tests (with short delays)
/// and by <c>dotnet run --project bench/HostileTarget</c> for the issue-13 figures (with the real ones).
/// </summary>
public sealed class HostileTargetServer : IAsyncDisposable
{
    public const long DefaultHugeBytes = 50L * 1024 * 1024;

    private const string SuccessEnvelope = """{"status":{"success":true,"code":200,"message":"SUCCESS"},"auth":{"token":"yes.man.token","key":"yes.man.key"},"user":{"appRegistered":false,"sessionId":"P-00000000-0000-0000-0000-000000000001","role":"USER","userRegisteredForPassword":true},"identifiers":{"identifierList":null}}""";

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly HostileBehaviour _behaviour;
    private readonly TimeSpan _delay;
    private readonly long _hugeBytes;
    private readonly Task _loop;
    private long _requests;
    private long _bodyBytesWritten;
    private int _disposed;

    public HostileTargetServer(HostileBehaviour behaviour, TimeSpan? delay = null, long hugeBytes = DefaultHugeBytes, int port = 0)
    {
        _behaviour = behaviour;
        _delay = delay ?? TimeSpan.FromSeconds(20);
        _hugeBytes = hugeBytes;
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri Url { get; }

    /// <summary>Requests received so far.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Bytes of huge bodies the sockets accepted (a write fails once the client stops reading and closes).</summary>
    public long BodyBytesWritten => Interlocked.Read(ref _bodyBytesWritten);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (method, path) = await ReadRequestAsync(stream, _stop.Token);
                if (path is null)
                {
                    return;
                }

                Interlocked.Increment(ref _requests);
                await AnswerAsync(stream, method!, path, _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // the client gave up (or the server stops): nothing to do
            }
        }
    }

    private async Task AnswerAsync(NetworkStream stream, string method, string path, CancellationToken ct)
    {
        switch (_behaviour)
        {
            case HostileBehaviour.Huge or HostileBehaviour.HugeChunked:
                await WriteHugeAsync(stream, chunked: _behaviour == HostileBehaviour.HugeChunked, ct);
                break;
            case HostileBehaviour.Late:
                await Task.Delay(_delay, ct);
                await WriteAsync(stream, 200, SuccessEnvelope, ct);
                break;
            case HostileBehaviour.Stall:
                await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"status\":"u8.ToArray(), ct);
                await stream.FlushAsync(ct);
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
                break;
            default:
                var (status, body) = YesMan(method, path);
                await WriteAsync(stream, status, body, ct);
                break;
        }
    }

    private static (int Status, string Body) YesMan(string method, string path)
    {
        var now = DateTimeOffset.UtcNow;
        return path switch
        {
            _ when path.StartsWith("/__harness/v1/otp", StringComparison.Ordinal) => (200, $$"""{"otp":"123456","sessionId":"P-00000000-0000-0000-0000-000000000001","issuedAt":"{{now:O}}","expiresAt":"{{now.AddMinutes(15):O}}"}"""),
            _ when path.StartsWith("/__harness/v1/clock", StringComparison.Ordinal) => (200, $$"""{"now":"{{now:O}}"}"""),
            _ when path.StartsWith("/__harness/v1/customers", StringComparison.Ordinal) => (201, """{"created":1}"""),
            _ when path.StartsWith("/__harness/v1/brands/", StringComparison.Ordinal) && method == "PUT" => (200, """{"IS_MFA_PASSWORD_ENABLED":true}"""),
            _ => (200, SuccessEnvelope),
        };
    }

    private async Task WriteHugeAsync(NetworkStream stream, bool chunked, CancellationToken ct)
    {
        var framing = chunked ? "Transfer-Encoding: chunked" : $"Content-Length: {_hugeBytes.ToString(CultureInfo.InvariantCulture)}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{framing}\r\n\r\n"), ct);
        var block = Encoding.ASCII.GetBytes("{\"status\":{\"success\":true,\"code\":200,\"message\":\"" + new string('x', 65_536 - 52) + "\"}}");
        var chunk = chunked ? [.. Encoding.ASCII.GetBytes($"{block.Length:x}\r\n"), .. block, .. "\r\n"u8.ToArray()] : block;
        for (long sent = 0; sent < _hugeBytes; sent += block.Length)
        {
            await stream.WriteAsync(chunk, ct);
            Interlocked.Add(ref _bodyBytesWritten, block.Length);
        }

        if (chunked)
        {
            await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), ct);
        }
    }

    private static async Task WriteAsync(NetworkStream stream, int status, string body, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status.ToString(CultureInfo.InvariantCulture)} X\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length.ToString(CultureInfo.InvariantCulture)}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
        await stream.WriteAsync(bytes, ct);
        await stream.FlushAsync(ct);
        stream.Socket.Shutdown(SocketShutdown.Send);
        var drain = new byte[1024];
        while (await stream.ReadAsync(drain, ct) > 0)
        {
        }
    }

    /// <summary>Reads the request line, headers and Content-Length body; (null, null) when the peer closed first.</summary>
    private static async Task<(string? Method, string? Path)> ReadRequestAsync(NetworkStream stream, CancellationToken ct)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, ct) == 0)
            {
                return (null, null);
            }

            head.Append((char)one[0]);
        }

        var lines = head.ToString().Split("\r\n");
        var length = lines
            .Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var body = new byte[length];
        for (var read = 0; read < length;)
        {
            var n = await stream.ReadAsync(body.AsMemory(read), ct);
            if (n == 0)
            {
                return (null, null);
            }

            read += n;
        }

        return lines[0].Split(' ') is [var method, var path, ..] ? (method, path) : (null, null);
    }
}
