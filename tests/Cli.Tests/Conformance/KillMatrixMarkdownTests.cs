using MfaConformance.Cli.Conformance;
using MfaConformance.ReferenceServer.Mutants;

namespace MfaConformance.Cli.Tests.Conformance;

public sealed class KillMatrixMarkdownTests
{
    [Fact]
    public void Render_KilledAndSurvivingMutants_ShowsLevelsVerdictsCountsNamesAndReasons()
    {
        var killed = new MutantKill(Mutants.Find("ignore-device"), ["F: one", "F: two", "F: three", "F: four"], [], 10);
        var documentedSurvivor = new MutantKill(Mutants.Find("allow-same-password"), [], ["F: inferred one"], 10);
        var inferredKilled = new MutantKill(Mutants.Find("session-not-consumed"), [], ["F: inferred one"], 10);
        var baseline = new MutantKill(null, [], [], 10);

        var markdown = KillMatrixMarkdown.Render([baseline, killed, documentedSurvivor, inferredKilled]);

        markdown.ShouldContain("Killed: 1 of 2 documented-rule mutants by a @documented scenario; 1 of 1 section-5-default mutants");
        markdown.ShouldContain("Baseline (conformant server): 0 @documented failing of 10 scenarios run.");
        markdown.ShouldContain("| `ignore-device` | documented |");
        markdown.ShouldContain("| killed (@documented) | 4 | 0 | F: one<br>F: two<br>F: three<br>… 1 more |");
        markdown.ShouldContain("| `allow-same-password` | documented |");
        markdown.ShouldContain("**survived** @documented (caught only by @inferred/@hardening)");
        markdown.ShouldContain("| `session-not-consumed` | inferred |");
        markdown.ShouldContain("| killed (@inferred) | 0 | 1 |");
        markdown.ShouldContain("- `session-not-consumed`: S5 tells the client");
    }

    [Fact]
    public void InferredMutantReasons_EveryReason_NamesAnInferredMutant()
    {
        foreach (var name in InferredMutantReasons.Reasons.Keys)
        {
            var mutant = Mutants.Find(name);
            mutant.ShouldNotBeNull($"'{name}' is not a mutant of the reference server");
            mutant.Level.ShouldBe(MutantLevel.Inferred, $"'{name}' has a reason for the inferred level but breaks a documented rule");
        }
    }

    [Fact]
    public void Killed_DocumentedMutantCaughtOnlyByInferredScenarios_IsNotKilled()
    {
        var row = new MutantKill(Mutants.Find("ignore-device"), [], ["F: inferred"], 10);

        row.Killed.ShouldBeFalse();
    }
}
