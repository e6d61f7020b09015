using System.Text.RegularExpressions;

namespace MfaConformance.Bdd.Tests.Bindings;

public sealed class CucumberExpressionTests
{
    private static Regex Convert(string expression) =>
        new(CucumberExpression.ToRegex(expression, (name, _) => name == "color" ? "red|blue" : null).Pattern);

    [Theory]
    [InlineData("I have {int} cucumber(s)", "I have 1 cucumber", true)]
    [InlineData("I have {int} cucumber(s)", "I have -12 cucumbers", true)]
    [InlineData("I have {int} cucumber(s)", "I have many cucumbers", false)]
    [InlineData("the {word} is {string}", "the name is \"Asha Rao\"", true)]
    [InlineData("the {word} is {string}", "the name is 'x'", true)]
    [InlineData("I pay {decimal} now", "I pay 12.50 now", true)]
    [InlineData("I eat/drink it", "I drink it", true)]
    [InlineData("I eat/drink it", "I sleep it", false)]
    [InlineData(@"a \(literal) \{x} a\/b", "a (literal) {x} a/b", true)]
    [InlineData("anything {}", "anything goes here", true)]
    [InlineData("a {color} ball", "a blue ball", true)]
    [InlineData("a {color} ball", "a green ball", false)]
    [InlineData("price is $5?", "price is $5?", true)]
    public void ToRegex_Expression_MatchesAsCucumberDoes(string expression, string text, bool matches) =>
        Convert(expression).IsMatch(text).ShouldBe(matches);

    [Fact]
    public void ToRegex_Parameters_OneCaptureGroupEach()
    {
        var match = Convert("{int} and {string} and {color}").Match("3 and \"x\" and red");

        match.Groups.Count.ShouldBe(4);
        match.Groups[2].Value.ShouldBe("\"x\"");
    }

    [Fact]
    public void ToRegex_UnknownParameter_ErrorNamesIt()
    {
        var ex = Should.Throw<BddBindingException>(() => Convert("a {colour} ball"));

        ex.Message.ShouldContain("{colour}");
    }

    [Theory]
    [InlineData("^starts with caret", true)]
    [InlineData("ends with dollar$", true)]
    [InlineData(@"I have (\d+) items", true)]
    [InlineData("the user \"(.*)\" logs in", true)]
    [InlineData("I have {int} cucumber(s)", false)]
    [InlineData("a plain sentence.", false)]
    [InlineData("price is $5?", false)]
    public void IsRegex_Expression_DetectedAsReqnrollDoes(string expression, bool isRegex) =>
        CucumberExpression.IsRegex(expression).ShouldBe(isRegex);
}
