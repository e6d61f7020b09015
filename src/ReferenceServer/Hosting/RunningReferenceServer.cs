namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>A started reference server. Dispose to stop it.</summary>
public sealed class RunningReferenceServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    internal RunningReferenceServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The actual bound address (with the real port when port 0 was asked), e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Completes when the server stops.</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    public override string ToString() => $"RunningReferenceServer {{ BaseUrl = {BaseUrl} }}";
}
