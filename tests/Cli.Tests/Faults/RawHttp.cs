using System.Text;

namespace MfaConformance.Cli.Tests.Faults;

/// <summary>Just enough HTTP/1.1 for <see cref="FaultyTargetServer"/>: read one request, write one response.</summary>
internal static class RawHttp
{
    /// <summary>Reads the request line, headers and Content-Length body; returns the path, or null when the peer closed.</summary>
    public static async Task<string?> ReadRequestPathAsync(Stream stream, CancellationToken ct)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, ct) == 0)
            {
                return null;
            }

            head.Append((char)buffer[0]);
        }

        var lines = head.ToString().Split("\r\n");
        var length = lines
            .Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await stream.ReadAsync(body.AsMemory(read), ct);
            if (n == 0)
            {
                return null;
            }

            read += n;
        }

        return lines[0].Split(' ') is [_, var path, ..] ? path : null;
    }

    public static async Task WriteAsync(Stream stream, int status, string contentType, string body, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
        await stream.WriteAsync(bytes, ct);
        await stream.FlushAsync(ct);
    }

    /// <summary>Closes without a reset: stop sending, let the peer finish and close, then release the socket.</summary>
    public static async Task CloseGracefullyAsync(System.Net.Sockets.TcpClient client)
    {
        try
        {
            client.Client.Shutdown(System.Net.Sockets.SocketShutdown.Send);
            using var drain = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var buffer = new byte[1024];
            while (await client.GetStream().ReadAsync(buffer, drain.Token) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the peer is gone already
        }
        finally
        {
            client.Dispose();
        }
    }
}
