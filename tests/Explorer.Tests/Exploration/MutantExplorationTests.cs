using MfaConformance.Explorer.Tests.Support;

namespace MfaConformance.Explorer.Tests.Exploration;

/// <summary>
/// With a fixed seed and budget the explorer alone kills mutants of the reference server. Every program is the same for
/// every server (same seed), and the conformant server contradicts none of them, so the first contradiction is the mutant's.
/// </summary>
public sealed class MutantExplorationTests
{
    [Theory]
    [InlineData("otp-accepted-in-any-session", new[] { "otp-own-session", "otp-correct" })]
    [InlineData("token-lifetime-grace-30s", new[] { "token-lifetime" })]
    public async Task Explore_AMutant_FindsAContradictionOfWhatItBreaks(string mutant, string[] rules)
    {
        await using var target = await ExplorerTarget.StartAsync(mutant);

        var result = await target.ExploreAsync("2026", programs: 600, stopAtFirst: true, shrink: false);

        var found = result.Contradictions.ShouldHaveSingleItem();
        rules.ShouldContain(found.RuleId, found.Contradiction.ToString());
        found.Gherkin.ShouldContain($"@documented @rule:{found.RuleId}");
    }
}
