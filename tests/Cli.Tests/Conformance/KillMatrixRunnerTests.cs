using MfaConformance.Cli.Conformance;
using MfaConformance.ReferenceServer.Mutants;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;

namespace MfaConformance.Cli.Tests.Conformance;

public sealed class KillMatrixRunnerTests
{
    /// <summary>
    /// Every mutant against the whole suite (about a minute on 2 cores; bounded at 5 minutes). The mutant servers hash
    /// passwords with one PBKDF2 iteration: no mutant touches the hashing (the two comparison mutants change what is
    /// hashed, not how), and at `mutants`' 1,000 the hashing was a fifth of the matrix's CPU.
    /// </summary>
    [Fact]
    public async Task RunAsync_EveryMutantAndVariant_IsJudgedAsExpected()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        var rows = await new KillMatrixRunner().RunAsync(new MfaConformance.Targets.Settings.HarnessSettings { EmbeddedPasswordHashIterations = 1 }, new KillMatrixOptions { Only = [.. Mutants.All.Concat(Mutants.Variants).Select(m => m.Name)] }, bound.Token);

        var baseline = rows.Single(r => r.Mutant is null);
        baseline.FailingDocumented.ShouldBeEmpty();
        baseline.FailingOtherLevels.ShouldBeEmpty();
        rows.Where(r => r.Mutant is not null).Select(r => r.Name).ShouldBe(Mutants.All.Concat(Mutants.Variants).Select(m => m.Name));
        rows.Where(r => r.Mutant is not null && !r.IsVariant && !r.KilledByDocumented).Select(r => r.Name)
            .ShouldBeEmpty("mutants that no @documented scenario kills");
        rows.Where(r => r.Mutant is not null && !r.IsVariant && !r.KilledByItsRule).Select(r => r.Name)
            .ShouldBeEmpty("mutants that no @documented scenario of the rule they break (@rule:<id>) kills");
        rows.Where(r => r.IsVariant && r.KilledByDocumented).Select(r => r.Name)
            .ShouldBeEmpty("section-5 variants (possibly conformant servers) failing a @documented scenario");
        rows.Where(r => r.IsVariant && r.FailingOtherLevels.Count == 0).Select(r => r.Name)
            .ShouldBeEmpty("section-5 variants no @inferred scenario flags");
    }

    [Fact]
    public void Mutants_EachNamesARuleOfTheMatrix_AndThereAreAtLeastForty()
    {
        Mutants.All.Count.ShouldBeGreaterThanOrEqualTo(40);
        Mutants.All.Concat(Mutants.Explorer).Where(m => MfaConformance.StepDefinitions.Rules.RuleCatalog.Find(m.Rule) is null).Select(m => $"{m.Name}: {m.Rule}")
            .ShouldBeEmpty("mutants whose rule is not a row of docs/rules.md");
    }

    [Fact]
    public void Select_NoNames_IsEveryGroup_AndAFamilyNarrowsToIt()
    {
        KillMatrixRunner.Select([]).ShouldBe([.. Mutants.All, .. Mutants.Variants, .. Mutants.Explorer]);
        KillMatrixRunner.Select([], "suite").ShouldBe(Mutants.All);
        KillMatrixRunner.Select([], "variants").ShouldBe(Mutants.Variants);
        KillMatrixRunner.Select([], "explorer").ShouldBe(Mutants.Explorer);
        KillMatrixRunner.Select(["ignore-device", "session-lifetime-slides"], "explorer").Select(m => m.Name).ShouldBe(["session-lifetime-slides"]);
        Should.Throw<ArgumentException>(() => KillMatrixRunner.Select([], "others")).Message.ShouldContain("unknown family 'others'");
    }

    [Fact]
    public void Select_AnUnknownMutant_ThrowsListingTheKnownOnes()
    {
        var error = Should.Throw<ArgumentException>(() => KillMatrixRunner.Select(["no-such-mutant"]));

        error.Message.ShouldContain("unknown mutant 'no-such-mutant'");
        error.Message.ShouldContain("ignore-device");
    }
}
