using System.Text.RegularExpressions;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Contexts;
using MfaConformance.StepDefinitions.Parameters;
using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.StepDefinitions.Tests.Contexts;

public sealed class PasswordBookTests
{
    [Theory]
    [InlineData("Passw0rd!old")]
    [InlineData("NoDigitsAtAll!")]
    [InlineData("short1")]
    public void Real_ALiteral_IsADifferentPasswordOfTheSameShape(string literal)
    {
        var real = new PasswordBook().Real(literal);

        real.ShouldNotBe(literal);
        real.Length.ShouldBe(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            Class(real[i]).ShouldBe(Class(literal[i]), $"character {i} of the stand-in for '{literal}'");
        }
    }

    [Theory]
    [InlineData("Passw0rd!old", true)]
    [InlineData("NoDigitsAtAll!", false)]
    [InlineData("short1", false)]
    public void Real_ALiteral_IsJudgedByTheDefaultRegexAsTheLiteralIs(string literal, bool matches)
    {
        var regex = new Regex(DefaultBrandConfiguration.PasswordRegex);

        regex.IsMatch(new PasswordBook().Real(literal)).ShouldBe(matches);
    }

    [Fact]
    public void Real_TheSameLiteralTwice_GivesTheSamePasswordAndOthersDiffer()
    {
        var book = new PasswordBook();

        var old = book.Real("Passw0rd!old");

        book.Real("Passw0rd!old").ShouldBe(old);
        book.Real("Passw0rd!new").ShouldNotBe(old);
    }

    [Fact]
    public void Real_TwoScenarios_GetDifferentPasswordsForTheSameLiteral()
    {
        new PasswordBook().Real("Passw0rd!old").ShouldNotBe(new PasswordBook().Real("Passw0rd!old"));
    }

    [Fact]
    public void Real_TheEmptyLiteral_StaysEmpty()
    {
        new PasswordBook().Real(string.Empty).ShouldBeEmpty();
    }

    [Fact]
    public void TestPassword_ToString_NeverShowsTheValue()
    {
        new TestPassword("Secret1!").ToString().ShouldNotContain("Secret1!");
    }

    private static string Class(char c) =>
        char.IsAsciiLetterUpper(c) ? "upper" : char.IsAsciiLetterLower(c) ? "lower" : char.IsAsciiDigit(c) ? "digit" : c.ToString();
}
