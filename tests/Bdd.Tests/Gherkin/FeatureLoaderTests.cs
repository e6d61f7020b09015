namespace MfaConformance.Bdd.Tests.Gherkin;

public sealed class FeatureLoaderTests
{
    [Fact]
    public void Parse_Outline_OnePicklePerRowWithStableIdsAndTags()
    {
        var feature = FeatureLoader.Parse(
            "@f\nFeature: F\n  @o\n  Scenario Outline: S <a>\n    Given x <a>\n    But y\n    Examples:\n      | a |\n      | 1 |\n      | 2 |\n",
            "f.feature", "en");

        feature.Pickles.Select(p => (p.Id, p.DisplayName)).ShouldBe([("f.feature:9", "F: S 1 [1]"), ("f.feature:10", "F: S 2 [2]")]);
        feature.Pickles[0].Tags.ShouldBe(["f", "o"]);
        feature.Pickles[0].Steps[1].Keyword.ShouldBe("But ");
        feature.Pickles[0].Steps[1].BindingKeyword.ShouldBe(StepDefinitionKeyword.Given);
    }

    [Fact]
    public void Parse_OtherLanguage_UsesItsKeywords()
    {
        var feature = FeatureLoader.Parse("# language: de\nFunktionalität: F\n  Szenario: S\n    Angenommen x\n    Wenn y\n", "de.feature", "en");

        feature.Pickles.Single().Steps.Select(s => s.BindingKeyword).ShouldBe([StepDefinitionKeyword.Given, StepDefinitionKeyword.When]);
    }

    [Fact]
    public void Parse_DefaultLanguageFromConfiguration_AppliesWithoutLanguageHeader()
    {
        var feature = FeatureLoader.Parse("Funktionalität: F\n  Szenario: S\n    Angenommen x\n    Dann y\n", "de.feature", "de");

        feature.Pickles.Single().Steps.Select(s => s.BindingKeyword).ShouldBe([StepDefinitionKeyword.Given, StepDefinitionKeyword.Then]);
    }

    [Fact]
    public void Parse_SyntaxError_MessageNamesFileAndLine()
    {
        var ex = Should.Throw<BddFeatureException>(() => FeatureLoader.Parse("Feature: F\n  Scenario: S\n    Given x\n  nonsense here\n", "bad.feature", "en"));

        ex.Message.ShouldStartWith("bad.feature:");
        ex.Message.ShouldContain("(4:");
    }
}
