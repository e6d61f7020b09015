using MfaConformance.Explorer.Exploration;
using MfaConformance.Explorer.Tests.Support;

namespace MfaConformance.Explorer.Tests.Shrinking;

/// <summary>
/// A defect planted in the reference server that takes at least five calls and a clock move to show: MFA tokens accepted
/// 30 seconds past their lifetime (mutant token-lifetime-grace-30s). Explored once, with a fixed seed, and shrunk.
/// </summary>
public sealed class PlantedDefectFixture : IAsyncLifetime
{
    public const string Mutant = "token-lifetime-grace-30s";

    private ExplorerTarget? _target;
    private ExploredContradiction? _found;

    internal ExplorerTarget Target => _target ?? throw new InvalidOperationException("not started");

    public ExploredContradiction Found => _found ?? throw new InvalidOperationException("not explored");

    public async Task InitializeAsync()
    {
        _target = await ExplorerTarget.StartAsync(Mutant);
        var result = await _target.ExploreAsync("2026", programs: 600, stopAtFirst: true, shrink: true);
        _found = result.Contradictions.SingleOrDefault() ?? throw new InvalidOperationException($"the explorer did not find the planted defect in {result.Programs} programs");
    }

    public async Task DisposeAsync()
    {
        if (_target is not null)
        {
            await _target.DisposeAsync();
        }
    }
}
