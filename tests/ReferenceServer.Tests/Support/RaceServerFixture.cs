using MfaConformance.ReferenceServer.Hosting;

namespace MfaConformance.ReferenceServer.Tests.Support;

/// <summary>
/// A server whose password hashing is slow enough (20,000 PBKDF2 iterations) that concurrent credential changes
/// overlap between reading the stored hash and committing the new one: the window a lost update needs.
/// </summary>
public sealed class RaceServerFixture : IAsyncLifetime
{
    private RunningReferenceServer? _server;

    internal ApiDriver Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = TestServers.Options();
        options.PasswordHashIterations = 20_000;
        _server = await ReferenceServerHost.StartAsync(options);
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
