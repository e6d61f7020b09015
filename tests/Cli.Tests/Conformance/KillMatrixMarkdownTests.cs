using MfaConformance.Cli.Conformance;
using MfaConformance.ReferenceServer.Mutants;

namespace MfaConformance.Cli.Tests.Conformance;

public sealed class KillMatrixMarkdownTests
{
    [Fact]
    public void Render_KilledAndSurvivingMutants_ShowsVerdictsCountsNamesAndReasons()
    {
        var killed = new MutantKill(Mutants.Find("ignore-device"), ["F: one", "F: two", "F: three", "F: four"], [], 10);
        var survivor = new MutantKill(Mutants.Find("session-not-consumed"), [], ["F: inferred one"], 10);
        var baseline = new MutantKill(null, [], [], 10);

        var markdown = KillMatrixMarkdown.Render([baseline, killed, survivor]);

        markdown.ShouldContain("Killed: 1 of 2 mutants");
        markdown.ShouldContain("Baseline (conformant server): 0 @documented failing of 10 scenarios run.");
        markdown.ShouldContain("| `ignore-device` |");
        markdown.ShouldContain("| killed | 4 | 0 | F: one<br>F: two<br>F: three<br>… 1 more |");
        markdown.ShouldContain("**survived** @documented (killed by @inferred/@hardening)");
        markdown.ShouldContain("- `session-not-consumed`: S5 tells the client");
    }

    [Fact]
    public void DocumentedSurvivors_EveryReason_NamesAnExistingMutant()
    {
        foreach (var name in DocumentedSurvivors.Reasons.Keys)
        {
            Mutants.Find(name).ShouldNotBeNull($"'{name}' is not a mutant of the reference server");
        }
    }
}
