using MfaConformance.Bdd;
using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Results;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Explorer.Printing;
using MfaConformance.Explorer.Tests.Support;
namespace MfaConformance.Explorer.Tests.Shrinking;

/// <summary>
/// The Gherkin the explorer prints runs with the suite's own bindings (paste it into features/ and it runs): against the
/// defective server it fails at the check it names, against the conformant one it passes.
/// </summary>
public sealed class PrintedScenarioTests(PlantedDefectFixture fixture) : IClassFixture<PlantedDefectFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("explored-").FullName;

    [Fact]
    public async Task ThePrintedScenario_FailsAgainstTheDefect_AndPassesAgainstTheConformantServer()
    {
        var feature = Path.Combine(_folder, "explored.feature");
        await File.WriteAllTextAsync(feature, GherkinPrinter.FeatureHeader + Environment.NewLine + fixture.Found.Gherkin);
        var options = BddConfiguration.Load(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), BddConfiguration.FileName));
        options.Formatters.Clear();
        options.FeaturePaths.Clear();
        options.FeaturePaths.Add(_folder);

        var defective = await BddRun.RunAsync(options, r => r.RegisterInstance(fixture.Target.Target));
        var scenario = defective.Scenarios.ShouldHaveSingleItem();
        scenario.Outcome.ShouldBe(TestOutcome.Failed, fixture.Found.Gherkin);

        await using var conformant = await ExplorerTarget.StartAsync();
        var passing = await BddRun.RunAsync(options, r => r.RegisterInstance(conformant.Target));
        var again = passing.Scenarios.ShouldHaveSingleItem();
        again.Outcome.ShouldBe(TestOutcome.Passed, $"{again.ErrorMessage}\n{fixture.Found.Gherkin}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
