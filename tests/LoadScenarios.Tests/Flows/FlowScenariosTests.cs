using MfaConformance.LoadScenarios.Tests.Support;
namespace MfaConformance.LoadScenarios.Tests.Flows;

[Collection(EmbeddedServerCollection.Name)]
public sealed class FlowScenariosTests(EmbeddedServerFixture server)
{
    public static TheoryData<string> FlowNames => [.. LoadScenarioNames.Flows];

    [Theory]
    [MemberData(nameof(FlowNames))]
    public async Task Flow_AgainstEmbeddedServer_RunsEveryIterationWithoutFailure(string name)
    {
        await using var target = await server.CreateTargetAsync();
        await using var runtime = await SuiteRuntime.StartAsync(target);
        var definition = LoadScenarioCatalog.Create(name, target, LoadRuns.Iterations(copies: 2, iterations: 4), runtime);

        var result = await LoadRuns.RunAsync(definition);

        var scenario = result.Scenario();
        scenario.Total.Fail.Count.ShouldBe(0, result.Describe());
        scenario.Total.Ok.Count.ShouldBe(4, result.Describe());
        scenario.Steps.Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal)
            .ShouldBe(definition.Steps.Distinct().OrderBy(n => n, StringComparer.Ordinal));
        scenario.Steps.ShouldAllBe(s => s.StatusCodes.Keys.All(k => k == "200"));
        result.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Flow_InitProvisionsOneCustomerPerPlannedIteration_AndEachIsUsedOnce()
    {
        await using var target = await server.CreateTargetAsync();
        await using var runtime = await SuiteRuntime.StartAsync(target);
        var definition = LoadScenarioCatalog.Create(LoadScenarioNames.ReturningUserLogin, target, LoadRuns.Iterations(copies: 1, iterations: 3), runtime);

        await LoadRuns.RunAsync(definition);

        definition.Customers.Count.ShouldBe(3);
        definition.Customers.All.Select(c => c.IdentifierValue).Distinct().Count().ShouldBe(3);
        definition.Customers.All.ShouldAllBe(c => c.Flow.MfaToken != null);
    }
}
