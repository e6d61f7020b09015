using MfaConformance.Cli.Tests.Support;
using MfaConformance.ReferenceServer.Hosting;

namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>
/// One full `accept` run (the whole suite, then the short load runs) against the reference server behind a
/// <see cref="RecordingProxy"/>, shared by the end-to-end and redaction tests.
/// </summary>
public sealed class AcceptRunFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private RunningReferenceServer? _server;
    private RecordingProxy? _proxy;

    internal CliRun Run { get; private set; } = null!;

    internal string Bundle { get; private set; } = null!;

    internal IReadOnlyList<string> WireBodies { get; private set; } = [];

    /// <summary>The secrets that went over the wire (<see cref="WireSecrets.From"/>: OTPs as the target issued them).</summary>
    internal IReadOnlyDictionary<string, HashSet<string>> Secrets { get; private set; } = new Dictionary<string, HashSet<string>>();

    public async Task InitializeAsync()
    {
        _server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { PasswordHashIterations = 1_000 });
        _proxy = await RecordingProxy.StartAsync(_server.BaseUrl);
        var config = TimingFreeLoadConfig.Write(_folder);
        Run = await CliRun.RunAsync(
            "accept", "--config", config, "--target", _proxy.Url.ToString(), "--reports", Path.Combine(_folder.Path, "reports"), "--load-duration", "1s", "--load-rate", "5", "--explore-time", "5s", "--samples", "200");
        Bundle = Directory.GetDirectories(Path.Combine(_folder.Path, "reports", "accept")).Single();
        WireBodies = [.. _proxy.Bodies];
        Secrets = WireSecrets.From(WireBodies, [.. _proxy.ResponseBodies]);
    }

    public async Task DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _folder.Dispose();
    }
}
