using MfaConformance.Bdd.Gherkin;
using MfaConformance.Bdd.Runtime;
using Reqnroll.Bindings;
namespace MfaConformance.Bdd.Tests.Gherkin;

public sealed class FeatureLoaderTests
{
    [Fact]
    public void Parse_Outline_OnePicklePerRowWithStableIdsNamesAndTags()
    {
        var feature = FeatureLoader.Parse(
            "@f\nFeature: F\n  @o\n  Scenario Outline: S <a>\n    Given x <a>\n    But y\n    Examples:\n      | a |\n      | 1 |\n      | 2 |\n",
            "f.feature", "en");

        feature.Pickles.Select(p => (p.Id, p.DisplayName)).ShouldBe([("f.feature:9", "F: S 1 [1]"), ("f.feature:10", "F: S 2 [2]")]);
        feature.Pickles[0].Tags.ShouldBe(["f", "o"]);
        feature.Pickles[0].Arguments.ShouldBe(new Dictionary<string, string> { ["a"] = "1" });
        feature.Pickles[0].Steps[1].Keyword.ShouldBe("But ");
        feature.Pickles[0].Steps[1].KeywordType.ShouldBe(StepDefinitionKeyword.But);
        feature.Pickles[0].Steps[1].BindingType.ShouldBe(StepDefinitionType.Given);
    }

    [Fact]
    public void Parse_TheSameFileTwice_GivesTheSameMessageIds()
    {
        const string text = "Feature: F\n  Scenario: S\n    Given x\n";

        var first = FeatureLoader.Parse(text, "f.feature", "en");
        var second = FeatureLoader.Parse(text, "f.feature", "en");
        var other = FeatureLoader.Parse(text, "g.feature", "en");

        second.Pickles[0].Message.Id.ShouldBe(first.Pickles[0].Message.Id);
        second.Pickles[0].Steps[0].Id.ShouldBe(first.Pickles[0].Steps[0].Id);
        other.Pickles[0].Message.Id.ShouldNotBe(first.Pickles[0].Message.Id, "ids of two features of one run must differ");
    }

    [Fact]
    public void Parse_RuleWithBackgroundAndTags_PickleCarriesRuleAndItsSteps()
    {
        var feature = FeatureLoader.Parse(
            "Feature: F\n  Background:\n    Given b\n  @r\n  Rule: R\n    Background:\n      Given rb\n    Example: E\n      When e\n      Then t\n      And u\n",
            "r.feature", "en");

        var pickle = feature.Pickles.ShouldHaveSingleItem();
        pickle.RuleName.ShouldBe("R");
        pickle.RuleTags.ShouldBe(["r"]);
        pickle.Steps.Select(s => s.Text).ShouldBe(["b", "rb", "e", "t", "u"]);
        pickle.Steps.Select(s => s.BindingType).ShouldBe([StepDefinitionType.Given, StepDefinitionType.Given, StepDefinitionType.When, StepDefinitionType.Then, StepDefinitionType.Then]);
    }

    [Fact]
    public void Parse_TableAndDocString_AreTheStepArguments()
    {
        var feature = FeatureLoader.Parse("Feature: F\n  Scenario: S\n    Given t\n      | k | v |\n      | a | 1 |\n    And d\n      \"\"\"\n      text\n      \"\"\"\n", "a.feature", "en");

        var steps = feature.Pickles.Single().Steps;
        var table = steps[0].CreateTable().ShouldNotBeNull();
        table.Header.ShouldBe(["k", "v"]);
        table.Rows.Single()["v"].ShouldBe("1");
        steps[1].DocString.ShouldBe("text");
    }

    [Fact]
    public void Parse_OtherLanguage_UsesItsKeywords()
    {
        var feature = FeatureLoader.Parse("# language: de\nFunktionalität: F\n  Szenario: S\n    Angenommen x\n    Wenn y\n", "de.feature", "en");

        feature.Pickles.Single().Steps.Select(s => s.BindingType).ShouldBe([StepDefinitionType.Given, StepDefinitionType.When]);
    }

    [Fact]
    public void Parse_SyntaxError_MessageNamesFileAndLine()
    {
        var ex = Should.Throw<BddFeatureException>(() => FeatureLoader.Parse("Feature: F\n  Scenario: S\n    Given x\n  nonsense here\n", "bad.feature", "en"));

        ex.Message.ShouldStartWith("bad.feature:");
        ex.Message.ShouldContain("(4:");
    }

    [Fact]
    public void LoadAll_RepositoryFeatures_DisplayNamesAreUniqueAndStable()
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory);

        var first = FeatureLoader.LoadAll(["features"], root, "en").SelectMany(f => f.Pickles).ToList();
        var second = FeatureLoader.LoadAll(["features"], root, "en").SelectMany(f => f.Pickles).ToList();

        first.Count.ShouldBeGreaterThan(100);
        first.Select(p => p.DisplayName).Distinct().Count().ShouldBe(first.Count);
        second.Select(p => (p.Id, p.DisplayName, p.Message.Id)).ShouldBe(first.Select(p => (p.Id, p.DisplayName, p.Message.Id)));
    }
}
