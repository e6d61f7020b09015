using MfaConformance.Bdd.Gherkin;
namespace MfaConformance.Bdd.Tests.Gherkin;

public sealed class TagExpressionTests
{
    [Theory]
    [InlineData("@smoke and not @slow", new[] { "smoke" }, true)]
    [InlineData("@smoke and not @slow", new[] { "smoke", "slow" }, false)]
    [InlineData("@a or (@b and @c)", new[] { "b", "c" }, true)]
    [InlineData("@a or (@b and @c)", new[] { "b" }, false)]
    [InlineData("not @a", new string[0], true)]
    [InlineData("@Smoke", new[] { "@smoke" }, true)]
    public void Evaluate_Tags_FollowsCucumberTagExpressions(string expression, string[] tags, bool expected) =>
        TagExpression.Parse(expression).Evaluate(tags).ShouldBe(expected);

    [Theory]
    [InlineData("@a and")]
    [InlineData("(@a")]
    [InlineData("@a @b")]
    public void Parse_BadExpression_ThrowsNamingIt(string expression) =>
        Should.Throw<ArgumentException>(() => TagExpression.Parse(expression)).Message.ShouldContain(expression);
}
