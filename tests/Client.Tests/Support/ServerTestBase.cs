using MfaConformance.Client.Hooks;
using MfaConformance.Client.Transport;
namespace MfaConformance.Client.Tests.Support;

/// <summary>Starts a fresh fake server and a connection to it for each test.</summary>
public abstract class ServerTestBase : IAsyncLifetime
{
    private TargetConnection? _connection;

    internal FakeServer Server { get; private set; } = null!;

    protected TargetConnection Connection => _connection ??= new TargetConnection(Options());

    protected AuthApiClient Client => Connection.CreateAuthClient();

    protected HooksClient Hooks => Connection.CreateHooksClient();

    public async Task InitializeAsync() => Server = await FakeServer.StartAsync();

    public async Task DisposeAsync()
    {
        _connection?.Dispose();
        await Server.DisposeAsync();
    }

    protected virtual TargetOptions Options() => new() { BaseUrl = Server.BaseUrl, Brand = "ACME" };
}
