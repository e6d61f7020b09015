using MfaConformance.Cli.Conformance;
using MfaConformance.ReferenceServer.Mutants;

namespace MfaConformance.Cli.Tests.Conformance;

/// <summary>
/// The explorer's targets against the scenarios. A class of its own (so a test collection of its own): it runs beside
/// <see cref="KillMatrixRunnerTests"/>'s matrix instead of after it.
/// </summary>
public sealed class ExplorerTargetMatrixTests
{
    /// <summary>
    /// Every explorer target against every @documented scenario: none may fail (a mutant a scenario kills is no
    /// explorer-only target and belongs with <c>Mutants.All</c>). About 2-3 minutes on 2 cores; bounded at 10.
    /// </summary>
    [Fact]
    [Trait("Category", "slow")]
    public async Task RunAsync_EveryExplorerTarget_PassesEveryDocumentedScenario()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(10));

        var rows = await new KillMatrixRunner().RunAsync(
            new MfaConformance.Targets.Settings.HarnessSettings(), new KillMatrixOptions { Family = "explorer", IncludeBaseline = false }, bound.Token);

        rows.Select(r => r.Name).ShouldBe(Mutants.Explorer.Select(m => m.Name));
        rows.ShouldAllBe(r => r.IsExplorerTarget && r.Error == null);
        rows.Where(r => r.KilledByDocumented).Select(r => $"{r.Name}: {string.Join("; ", r.FailingDocumented)}")
            .ShouldBeEmpty("explorer targets that a @documented scenario kills");
        rows.ShouldAllBe(r => r.ScenariosRun >= 200, "each explorer target meets every @documented scenario");
    }
}
