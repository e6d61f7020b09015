using MfaConformance.Cli.Conformance;
using static MfaConformance.Cli.Tests.Conformance.ConformanceTestSupport;

namespace MfaConformance.Cli.Tests.Conformance;

/// <summary>docs/rules.md is the rule × endpoint matrix read from the features: every cell filled, never stale.</summary>
public sealed class RuleMatrixDocumentTests
{
    private static readonly string DocumentPath = Path.Combine(SuiteRoot, "docs", "rules.md");

    [Fact]
    public async Task Matrix_OfTheFeatures_HasNoEmptyCellAndNoMisplacedScenario() =>
        (await SuitePickles.LoadMatrixAsync()).Problems.ShouldBeEmpty();

    [Fact]
    public async Task Document_EqualsTheMatrixOfTheFeatures()
    {
        var expected = (await SuitePickles.LoadMatrixAsync()).ToMarkdown();

        File.Exists(DocumentPath).ShouldBeTrue($"{DocumentPath} is missing: run `dotnet run --project src/Cli -- rules --write docs/rules.md`");
        File.ReadAllText(DocumentPath).ReplaceLineEndings().ShouldBe(expected.ReplaceLineEndings(),
            "docs/rules.md is stale: run `dotnet run --project src/Cli -- rules --write docs/rules.md`");
    }

    [Fact]
    public async Task Readme_ShowsTheOverviewOfTheMatrix()
    {
        var overview = (await SuitePickles.LoadMatrixAsync()).OverviewMarkdown();

        File.ReadAllText(Path.Combine(SuiteRoot, "README.md")).ReplaceLineEndings().ShouldContain(overview.ReplaceLineEndings(),
            customMessage: "README.md lacks the current rule matrix overview: paste `RuleMatrix.OverviewMarkdown()` (the top table of docs/rules.md, with links to docs/rules.md)");
    }
}
