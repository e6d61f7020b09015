using MfaConformance.Bdd;
using MfaConformance.LoadScenarios.Gherkin;
using MfaConformance.LoadScenarios.Tests.Support;
namespace MfaConformance.LoadScenarios.Tests.Gherkin;

[Collection(EmbeddedServerCollection.Name)]
public sealed class GherkinLoadScenarioTests(EmbeddedServerFixture server)
{
    public const string ReturningUser = "a_returning_customer_completes_mfa_with_their_password";

    [Fact]
    public async Task Create_ReturningUserPickle_MeasuresEachWhenStepUnderItsActionName()
    {
        await using var target = await server.CreateTargetAsync();
        await using var runtime = await SuiteRuntime.StartAsync(target);
        var definition = LoadScenarioCatalog.Create(ReturningUser, target, LoadRuns.Iterations(copies: 2, iterations: 4), runtime);

        var result = await LoadRuns.RunAsync(definition);

        definition.Steps.ShouldBe(["mfa_token_generate", "mfa_password_validate"]);
        result.Scenario().Steps.Select(s => s.Name).ShouldBe(["mfa_token_generate", "mfa_password_validate"], ignoreOrder: true);
        result.Scenario().Total.Fail.Count.ShouldBe(0, result.Describe());
        result.Step("mfa_password_validate").Ok.Count.ShouldBe(4);
    }

    public static TheoryData<string> LoadPickles() =>
        [.. SuiteRuntime.Create().AllPickles.Where(p => p.HasTag(LoadScenarioCatalog.LoadTag)).Select(GherkinLoadScenario.NameOf)];

    [Theory]
    [MemberData(nameof(LoadPickles))]
    public async Task Create_EveryLoadTaggedPickle_RunsTwoIterationsWithoutFailure(string name)
    {
        await using var target = await server.CreateTargetAsync();
        await using var runtime = await SuiteRuntime.StartAsync(target);
        var definition = LoadScenarioCatalog.Create(name, target, LoadRuns.Iterations(copies: 1, iterations: 2), runtime);

        var result = await LoadRuns.RunAsync(definition);

        result.Scenario().Total.Fail.Count.ShouldBe(0, result.Describe());
        result.Scenario().Total.Ok.Count.ShouldBe(2);
        result.Scenario().Steps.Select(s => s.Name).ShouldBe(definition.Steps.Distinct(), ignoreOrder: true);
    }

    [Fact]
    public async Task Create_UnknownName_ThrowsListingTheCatalog()
    {
        await using var target = await server.CreateTargetAsync();

        await using var runtime = await SuiteRuntime.StartAsync(target);
        var ex = Should.Throw<LoadScenarioException>(() => LoadScenarioCatalog.Create("no_such_flow", target, new LoadScenarioOptions(), runtime));

        ex.Message.ShouldContain("no_such_flow");
        ex.Message.ShouldContain(LoadScenarioNames.ReturningUserLogin);
        ex.Message.ShouldContain(ReturningUser);
    }
}
