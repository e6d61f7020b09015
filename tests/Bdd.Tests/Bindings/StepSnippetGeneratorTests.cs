namespace MfaConformance.Bdd.Tests.Bindings;

public sealed class StepSnippetGeneratorTests
{
    [Fact]
    public void Generate_StepWithTableAndSpecialCharacters_EscapesAndAddsTableParameter()
    {
        var feature = FeatureLoader.Parse("Feature: F\n  Scenario: S\n    Then the body (json) has 1.5 {x} a/b\n      | a |\n      | 1 |\n", "f.feature", "en");

        var snippet = StepSnippetGenerator.Generate(feature.Pickles.Single().Steps.Single());

        snippet.ShouldStartWith("[Then(@\"the body \\(json) has {float} \\{x} a\\/b\")]");
        snippet.ShouldContain("public void ThenTheBodyJsonHasXAB(double p0, DataTable dataTable)");
    }

    [Fact]
    public void Generate_Snippet_ExpressionMatchesTheStepItCameFrom()
    {
        var step = FeatureLoader.Parse("Feature: F\n  Scenario: S\n    Given the user \"a b\" has 3 (three) cats\n", "f.feature", "en").Pickles.Single().Steps.Single();
        var snippet = StepSnippetGenerator.Generate(step);
        var expression = snippet[(snippet.IndexOf("@\"", StringComparison.Ordinal) + 2)..snippet.IndexOf("\")]", StringComparison.Ordinal)].Replace("\"\"", "\"");

        var regex = CucumberExpression.ToRegex(expression, (_, _) => null).Pattern;

        System.Text.RegularExpressions.Regex.IsMatch(step.Text, regex).ShouldBeTrue();
    }
}
