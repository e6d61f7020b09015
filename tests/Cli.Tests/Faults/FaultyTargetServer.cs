using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MfaConformance.Cli.Tests.Faults;

/// <summary>
/// A raw-socket HTTP/1.1 server on 127.0.0.1:0 that answers the sandbox-hooks probe with 404 (a reachable target
/// without hooks) and misbehaves on every other request as its <see cref="TargetFault"/> says; with
/// <c>everyPath</c> it misbehaves on the hooks probe too.
/// </summary>
internal sealed class FaultyTargetServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _held = [];
    private readonly TargetFault _fault;
    private readonly bool _everyPath;
    private readonly Task _loop;
    private int _apiCalls;

    public FaultyTargetServer(TargetFault fault, bool everyPath = false)
    {
        _fault = fault;
        _everyPath = everyPath;
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Uri Url { get; }

    /// <summary>How many requests reached the fault (auth/v1 ones, and with <c>everyPath</c> the hooks probe too).</summary>
    public int ApiCalls => Volatile.Read(ref _apiCalls);

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
        try
        {
            var stream = client.GetStream();
            var path = await RawHttp.ReadRequestPathAsync(stream, _stop.Token);
            if (path is null)
            {
                client.Dispose();
                return;
            }

            if (!_everyPath && path.StartsWith("/__harness/", StringComparison.Ordinal))
            {
                await RawHttp.WriteAsync(stream, 404, "application/problem+json", """{"title":"Not Found","status":404}""", _stop.Token);
                await RawHttp.CloseGracefullyAsync(client);
                return;
            }

            Interlocked.Increment(ref _apiCalls);
            await MisbehaveAsync(client, stream);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            client.Dispose();
        }
    }

    private async Task MisbehaveAsync(TcpClient client, NetworkStream stream)
    {
        switch (_fault)
        {
            case TargetFault.Reset:
                client.Client.LingerState = new LingerOption(true, 0);
                client.Client.Close();
                client.Dispose();
                return;
            case TargetFault.Hang:
                lock (_held)
                {
                    _held.Add(client);
                }

                return;
            case TargetFault.Html:
                await RawHttp.WriteAsync(stream, 200, "text/html", "<!DOCTYPE html><html><body><h1>Gateway maintenance</h1></body></html>", _stop.Token);
                break;
            case TargetFault.TruncatedJson:
                await RawHttp.WriteAsync(stream, 200, "application/json", """{"status":{"success":true,"code":200,"message":"Succ""", _stop.Token);
                break;
            case TargetFault.ServerError:
                await RawHttp.WriteAsync(stream, 500, "application/json", """{"status":{"success":false,"code":500,"message":"Internal Server Error"}}""", _stop.Token);
                break;
        }

        await RawHttp.CloseGracefullyAsync(client);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        lock (_held)
        {
            _held.ForEach(c => c.Dispose());
        }

        await _loop;
        _stop.Dispose();
    }
}
