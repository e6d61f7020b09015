using MfaConformance.Cli.Conformance;
using MfaConformance.ReferenceServer.Mutants;

namespace MfaConformance.Cli.Tests.Conformance;

public sealed class KillMatrixMarkdownTests
{
    [Fact]
    public void Render_MutantsAndVariants_ShowsVerdictsCountsNamesAndReasons()
    {
        var killed = new MutantKill(Mutants.Find("ignore-device"), ["F: one", "F: two", "F: three", "F: four"], [], 10) { FailingOfItsRule = ["F: one"] };
        var otherRule = new MutantKill(Mutants.Find("ignore-brand-mismatch"), ["F: five"], [], 10);
        var survivor = new MutantKill(Mutants.Find("allow-same-password"), [], ["F: inferred one"], 10);
        var variant = new MutantKill(Mutants.Find("session-not-consumed"), [], ["F: inferred one"], 10);
        var misjudged = new MutantKill(Mutants.Find("primary-session-for-mfa-otp"), ["F: documented"], ["F: inferred"], 10);
        var baseline = new MutantKill(null, [], [], 10);

        var markdown = KillMatrixMarkdown.Render([baseline, killed, otherRule, survivor, variant, misjudged]);

        markdown.ShouldContain("Killed by the scenarios: 2 of 3 mutants");
        markdown.ShouldContain("1 of them by a @documented scenario of the very rule they break");
        markdown.ShouldContain("| `ignore-device` | `device` |");
        markdown.ShouldContain("| killed (by another rule only) | 1 | 0 | F: five |");
        markdown.ShouldContain("Section-5 variants judged as expected: 1 of 2");
        markdown.ShouldContain("Baseline (conformant server): 0 @documented and 0 other failing of 10 scenarios run.");
        markdown.ShouldContain("| killed by its rule | 4 | 0 | F: one<br>F: two<br>F: three<br>… 1 more |");
        markdown.ShouldContain("**survived** @documented (caught only by @inferred/@hardening)");
        markdown.ShouldContain("| warning only (as expected) | 0 | 1 | F: inferred one | S5 tells the client");
        markdown.ShouldContain("**false @documented failure**");
    }

    [Fact]
    public void Render_ExplorerTargets_AreTheirOwnGroup_PassingAsDesignedOrFlaggedWhenAScenarioKillsThem()
    {
        var passes = new MutantKill(Mutants.Find("session-lifetime-slides"), [], ["F: inferred one"], 10);
        var killed = new MutantKill(Mutants.Find("device-id-ignores-case"), ["F: documented"], [], 10);
        var suite = new MutantKill(Mutants.Find("ignore-device"), ["F: one"], [], 10) { FailingOfItsRule = ["F: one"] };

        var markdown = KillMatrixMarkdown.Render([suite, passes, killed]);

        passes.AsExpected.ShouldBeTrue();
        killed.AsExpected.ShouldBeFalse();
        markdown.ShouldContain("Killed by the scenarios: 1 of 1 mutants");
        markdown.ShouldContain("Explorer targets passing every @documented scenario as designed: 1 of 2");
        markdown.ShouldContain("| `session-lifetime-slides` | `session-lifetime` |");
        markdown.ShouldContain("| passes every scenario (as designed) | 0 | 1 | F: inferred one |");
        markdown.ShouldContain("| **killed by a scenario** (not an explorer-only target) | 1 | 0 | F: documented |");
        markdown.IndexOf("| `ignore-device` |", StringComparison.Ordinal).ShouldBeLessThan(markdown.IndexOf("| Explorer target |", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ExplorerTargetsOnly_HasNoEmptyMutantTable()
    {
        var markdown = KillMatrixMarkdown.Render([new MutantKill(null, [], [], 10), new MutantKill(Mutants.Find("session-lifetime-slides"), [], [], 10)]);

        markdown.ShouldNotContain("| Mutant |");
        markdown.ShouldNotContain("Killed by the scenarios:");
        markdown.ShouldContain("| Explorer target |");
    }

    [Fact]
    public void VariantReasons_EveryReason_NamesAVariantAndEveryVariantHasOne()
    {
        VariantReasons.Reasons.Keys.OrderBy(n => n).ShouldBe(Mutants.Variants.Select(m => m.Name).OrderBy(n => n));
    }

    [Fact]
    public void AsExpected_MutantCaughtOnlyByInferredScenarios_IsNot()
    {
        new MutantKill(Mutants.Find("ignore-device"), [], ["F: inferred"], 10).AsExpected.ShouldBeFalse();
    }

    [Fact]
    public void AsExpected_VariantWithADocumentedFailure_IsNot()
    {
        new MutantKill(Mutants.Find("session-not-consumed"), ["F: documented"], ["F: inferred"], 10).AsExpected.ShouldBeFalse();
    }
}
