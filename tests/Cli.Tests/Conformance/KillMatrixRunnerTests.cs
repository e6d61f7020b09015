using MfaConformance.Cli.Conformance;
using MfaConformance.ReferenceServer.Mutants;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;

namespace MfaConformance.Cli.Tests.Conformance;

public sealed class KillMatrixRunnerTests
{
    /// <summary>Every mutant against the whole suite (about a minute on 2 cores; bounded at 5 minutes).</summary>
    [Fact]
    public async Task RunAsync_EveryMutant_IsKilledAtItsLevel()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        var rows = await new KillMatrixRunner().RunAsync(new KillMatrixOptions { SuiteRoot = SuiteRoot }, bound.Token);

        var baseline = rows.Single(r => r.Mutant is null);
        baseline.FailingDocumented.ShouldBeEmpty();
        baseline.FailingOtherLevels.ShouldBeEmpty();
        var mutants = rows.Where(r => r.Mutant is not null).ToArray();
        mutants.Select(r => r.Name).ShouldBe(Mutants.All.Select(m => m.Name));
        mutants.Where(r => r.FailingDocumented.Count + r.FailingOtherLevels.Count == 0).Select(r => r.Name).ShouldBeEmpty("mutants no scenario kills");
        mutants.Where(r => !r.Killed).Select(r => r.Name).ShouldBeEmpty("mutants not caught at their level");
        mutants.Where(r => r.Mutant!.Level == MutantLevel.Documented && !r.KilledByDocumented).Select(r => r.Name)
            .ShouldBeEmpty("documented-rule mutants that no @documented scenario kills");
        Mutants.All.Where(m => m.Level == MutantLevel.Inferred).Select(m => m.Name).OrderBy(n => n)
            .ShouldBe(InferredMutantReasons.Reasons.Keys.OrderBy(n => n), "every section-5-default mutant is explained");
    }

    [Fact]
    public void Select_AnUnknownMutant_ThrowsListingTheKnownOnes()
    {
        var error = Should.Throw<ArgumentException>(() => KillMatrixRunner.Select(["no-such-mutant"]));

        error.Message.ShouldContain("unknown mutant 'no-such-mutant'");
        error.Message.ShouldContain("ignore-device");
    }
}
