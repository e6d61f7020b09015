using System.Text.RegularExpressions;
using MfaConformance.ReferenceServer.Config;

namespace MfaConformance.ReferenceServer.Tests.Config;

public sealed class PasswordRegexFactoryTests
{
    [Theory]
    [InlineData("^(a+)+$")]
    [InlineData("^([a-zA-Z0-9]+)*$")]
    [InlineData(@"^(\w+\s?)*$")]
    public void Create_CatastrophicPatternWithoutLookarounds_RunsOnTheLinearTimeEngine(string pattern)
    {
        var regex = PasswordRegexFactory.Create(pattern);

        regex.Options.HasFlag(RegexOptions.NonBacktracking).ShouldBeTrue();
        regex.IsMatch(new string('a', 5_000) + "!").ShouldBeFalse();
        regex.IsMatch(new string('a', 5_000)).ShouldBeTrue();
    }

    [Fact]
    public void Create_PatternWithALookahead_UsesTheBacktrackingEngineWithAShortTimeout()
    {
        var regex = PasswordRegexFactory.Create("^(?=.*[0-9]).{8,64}$");

        regex.Options.HasFlag(RegexOptions.NonBacktracking).ShouldBeFalse();
        regex.MatchTimeout.ShouldBe(PasswordRegexFactory.MatchTimeout);
        PasswordRegexFactory.MatchTimeout.ShouldBeLessThanOrEqualTo(TimeSpan.FromMilliseconds(100));
        regex.IsMatch("Passw0rd!").ShouldBeTrue();
        regex.IsMatch("Password!").ShouldBeFalse();
    }

    [Fact]
    public void Create_CatastrophicPatternWithALookahead_TimesOutInsteadOfRunningOn()
    {
        var regex = PasswordRegexFactory.Create("^(?=(a+)+$)");

        Should.Throw<RegexMatchTimeoutException>(() => regex.IsMatch(new string('a', 40) + "!"));
    }

    [Fact]
    public void Create_InvalidPattern_ThrowsArgumentException() =>
        Should.Throw<ArgumentException>(() => PasswordRegexFactory.Create("(unclosed"));
}
