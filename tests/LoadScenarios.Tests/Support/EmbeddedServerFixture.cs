using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.LoadScenarios.Target;
using MfaConformance.ReferenceServer.Hosting;
namespace MfaConformance.LoadScenarios.Tests.Support;

/// <summary>The embedded reference server on 127.0.0.1:0 with cheap password hashing (as `load` runs it), shared by the collection.</summary>
public sealed class EmbeddedServerFixture : IAsyncLifetime
{
    private RunningReferenceServer? _server;

    public Uri BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("the server has not started");

    public TargetOptions TargetOptions(string? brand = null) => new() { BaseUrl = BaseUrl, Brand = brand };

    public Task<LoadTarget> CreateTargetAsync(string? brand = null) =>
        LoadTarget.CreateAsync(TargetOptions(brand), LoadScenarioOptions.DefaultSeed);

    public static Task<RunningReferenceServer> StartAsync(string? mutant = null) =>
        ReferenceServerHost.StartAsync(new ReferenceServerOptions { Urls = "http://127.0.0.1:0", PasswordHashIterations = 1000, Mutant = mutant });

    public async Task InitializeAsync() => _server = await StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
