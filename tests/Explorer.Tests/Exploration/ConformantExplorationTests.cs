using MfaConformance.Explorer.Model;
using MfaConformance.Explorer.Tests.Support;

namespace MfaConformance.Explorer.Tests.Exploration;

/// <summary>
/// No false contradiction: a fixed seed explored against the conformant reference server, against a variant server that
/// makes other undocumented choices (opaque tokens, other statuses, codes and messages, extra fields), and against the
/// section-5 variants (other readings of the documentation's listed conflicts).
/// </summary>
public sealed class ConformantExplorationTests
{
    private const string Seed = "2026";

    [Fact]
    public async Task Explore_TheConformantReferenceServer_ContradictsNothing_AndChecksEveryRule()
    {
        await using var target = await ExplorerTarget.StartAsync();

        var result = await target.ExploreAsync(Seed, programs: 250);

        result.Contradictions.Select(c => c.Contradiction.ToString()).ShouldBeEmpty();
        result.Ran.ShouldBeTrue();
        result.Musts.ShouldBeGreaterThan(2000);
        var rules = result.MustsChecked.Keys.Select(k => k.Rule).ToHashSet();
        RuleIds.All.Except(rules).ShouldBeEmpty("every rule row is put to the test by a must");
    }

    [Fact]
    public async Task Explore_AVariantConformantServer_ContradictsNothing()
    {
        await using var target = await ExplorerTarget.StartAsync(variant: true);

        var result = await target.ExploreAsync(Seed, programs: 150);

        result.Contradictions.Select(c => c.Contradiction.ToString()).ShouldBeEmpty();
        result.Musts.ShouldBeGreaterThan(1000);
    }

    [Theory]
    [InlineData("session-not-consumed")]
    [InlineData("primary-token-as-mfa-token")]
    [InlineData("primary-session-for-mfa-otp")]
    [InlineData("no-first-time-password-check")]
    public async Task Explore_ASectionFiveVariant_ContradictsNothing(string variant)
    {
        await using var target = await ExplorerTarget.StartAsync(variant);

        var result = await target.ExploreAsync(Seed, programs: 80);

        result.Contradictions.Select(c => c.Contradiction.ToString()).ShouldBeEmpty();
    }
}
