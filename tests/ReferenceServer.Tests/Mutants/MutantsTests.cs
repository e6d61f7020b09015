using MfaConformance.ReferenceServer.Tests.Support;
using Catalogue = MfaConformance.ReferenceServer.Mutants.Mutants;

namespace MfaConformance.ReferenceServer.Tests.Mutants;

public sealed class MutantsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var mutant in Catalogue.All.Concat(Catalogue.Variants).Concat(Catalogue.Explorer).Where(m => MutantProbes.All.ContainsKey(m.Name)))
            {
                data.Add(mutant.Name);
            }

            return data;
        }
    }

    [Fact]
    public void All_AtLeastTwelveWithUniqueNamesAndCitations()
    {
        Catalogue.All.Count.ShouldBeGreaterThanOrEqualTo(40);
        Catalogue.All.Select(m => m.Name).Distinct().Count().ShouldBe(Catalogue.All.Count);
        Catalogue.All.ShouldAllBe(m => m.BrokenRule.Length > 10 && m.SpecCitation.Length > 0);
    }

    public static TheoryData<string> StricterNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in MutantProbes.Stricter.Keys)
            {
                data.Add(name);
            }

            return data;
        }
    }

    [Fact]
    public void All_EveryMutantHasAProbe() =>
        Catalogue.All.Concat(Catalogue.Variants).Concat(Catalogue.Explorer).Select(m => m.Name)
            .Except(MutantProbes.All.Keys).Except(MutantProbes.Stricter.Keys).Except(MutantProbes.Observed.Keys).ShouldBeEmpty();

    [Fact]
    public void Explorer_AtLeastTwentyDocumentedMutantsOfTheirOwnFamily_NoneNamedTwice()
    {
        Catalogue.Explorer.Count.ShouldBeGreaterThanOrEqualTo(20);
        Catalogue.Explorer.ShouldAllBe(m => m.Family == MfaConformance.ReferenceServer.Mutants.MutantFamily.Explorer
            && m.Level == MfaConformance.ReferenceServer.Mutants.MutantLevel.Documented
            && m.Check == MfaConformance.ReferenceServer.Mutants.MutantCheck.None
            && m.BrokenRule.Length > 10 && m.SpecCitation.Length > 0);
        Catalogue.All.Concat(Catalogue.Variants).ShouldAllBe(m => m.Family == MfaConformance.ReferenceServer.Mutants.MutantFamily.Suite);
        var names = Catalogue.All.Concat(Catalogue.Variants).Concat(Catalogue.Explorer).Select(m => m.Name).ToArray();
        names.Distinct().Count().ShouldBe(names.Length);
        Catalogue.Explorer.ShouldAllBe(m => Catalogue.Find(m.Name) == m);
    }

    public static TheoryData<string> ObservedNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in MutantProbes.Observed.Keys)
            {
                data.Add(name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ObservedNames))]
    public async Task ObservedProbe_RuleHoldsOnTheConformantServer_NotOnTheMutant(string name)
    {
        var probe = MutantProbes.Observed[name];
        (await probe(fixture.Api)).ShouldBeTrue($"the conformant server should keep the rule {name} breaks");
        var (server, api) = await TestServers.StartAsync(TestServers.Options(name));
        await using (server)
        {
            using (api)
            {
                (await probe(api)).ShouldBeFalse($"mutant {name} should break its rule");
            }
        }
    }

    [Fact]
    public void All_DocumentedRulesOnly_VariantsSection5Only()
    {
        Catalogue.All.ShouldAllBe(m => m.Level == MfaConformance.ReferenceServer.Mutants.MutantLevel.Documented);
        Catalogue.Variants.ShouldAllBe(m => m.Level == MfaConformance.ReferenceServer.Mutants.MutantLevel.Inferred);
        Catalogue.Variants.Select(m => m.Name).Intersect(Catalogue.All.Select(m => m.Name)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(StricterNames))]
    public async Task StricterProbe_ConformantServerAnswers_MutantRefuses(string name)
    {
        var probe = MutantProbes.Stricter[name];
        (await probe(fixture.Api)).ShouldSucceed();
        var (server, api) = await TestServers.StartAsync(TestServers.Options(name));
        await using (server)
        {
            using (api)
            {
                var call = await probe(api);
                call.Body.ShouldNotBeNull();
                call.Body["status"]!["success"]!.GetValue<bool>().ShouldBeFalse($"mutant {name} should refuse what the conformant server answers");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Probe_ConformantServer_RefusesWithDocumentedCode(string name)
    {
        var (code, probe) = MutantProbes.All[name];
        (await probe(fixture.Api)).ShouldFailWith(code);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Probe_MutantServer_BehavesDifferently(string name)
    {
        var (code, probe) = MutantProbes.All[name];
        var (server, api) = await TestServers.StartAsync(TestServers.Options(name));
        await using (server)
        {
            using (api)
            {
                var call = await probe(api);
                call.Code.ShouldNotBe(code, $"mutant {name} should not refuse with {code}");
                call.ShouldSucceed();
            }
        }
    }
}
