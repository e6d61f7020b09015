using MfaConformance.ReferenceServer.Hosting;

namespace MfaConformance.LoadBench;

/// <summary>The child side of "LoadBench serve-reference": the reference server on a free loopback port, PBKDF2 1,000.</summary>
internal static class ReferenceServerProcess
{
    public static async Task ServeAsync()
    {
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { PasswordHashIterations = 1000 }).ConfigureAwait(false);
        Console.WriteLine(server.BaseUrl);
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
    }
}
