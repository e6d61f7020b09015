using MfaConformance.ReferenceServer.Hosting;

namespace MfaConformance.ReferenceServer.Tests.Support;

/// <summary>Options and start-up helpers for servers owned by a single test.</summary>
internal static class TestServers
{
    public static ReferenceServerOptions Options(string? mutant = null) => new()
    {
        Urls = "http://127.0.0.1:0",
        Mutant = mutant,
        PasswordHashIterations = 1000,
    };

    public static async Task<(RunningReferenceServer Server, ApiDriver Api)> StartAsync(ReferenceServerOptions options)
    {
        var server = await ReferenceServerHost.StartAsync(options);
        return (server, new ApiDriver(server.BaseUrl));
    }
}
