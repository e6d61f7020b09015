using MfaConformance.Client;
using MfaConformance.Client.Transport;
using MfaConformance.Explorer.Exploration;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Tests.Shared.Variant;
namespace MfaConformance.Explorer.Tests.Support;

/// <summary>The embedded reference server (optionally a mutant, optionally behind the variant proxy) prepared as the explorer's target.</summary>
internal sealed class ExplorerTarget : IAsyncDisposable
{
    private readonly RunningReferenceServer _server;
    private readonly VariantServer? _variant;

    private ExplorerTarget(RunningReferenceServer server, VariantServer? variant, ConformanceTarget target)
    {
        _server = server;
        _variant = variant;
        Target = target;
    }

    public ConformanceTarget Target { get; }

    public static async Task<ExplorerTarget> StartAsync(string? mutant = null, bool variant = false)
    {
        var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { Urls = "http://127.0.0.1:0", PasswordHashIterations = 1_000, Mutant = mutant });
        var proxy = variant ? await VariantServer.StartAsync(server.BaseUrl) : null;
        var target = await ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = proxy?.BaseUrl ?? server.BaseUrl }, new ConformanceTargetOptions { RecordExchanges = false });
        return new ExplorerTarget(server, proxy, target);
    }

    public Task<ExploreResult> ExploreAsync(string seed, int programs, bool stopAtFirst = false, bool shrink = true) =>
        new ExploreRunner(Target).RunAsync(new ExploreOptions { Seed = seed, Programs = programs, Time = TimeSpan.FromMinutes(5), StopAtFirst = stopAtFirst, Shrink = shrink });

    public async ValueTask DisposeAsync()
    {
        await Target.DisposeAsync();
        if (_variant is not null)
        {
            await _variant.DisposeAsync();
        }

        await _server.DisposeAsync();
    }
}
