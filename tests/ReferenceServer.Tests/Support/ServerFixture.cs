using MfaConformance.ReferenceServer.Hosting;

namespace MfaConformance.ReferenceServer.Tests.Support;

/// <summary>One reference server on a free loopback port, shared by a test class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private RunningReferenceServer? _server;

    internal ApiDriver Api { get; private set; } = null!;

    internal Uri BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("the server has not started");

    public async Task InitializeAsync()
    {
        _server = await ReferenceServerHost.StartAsync(TestServers.Options());
        Api = new ApiDriver(_server.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
