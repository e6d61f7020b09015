using System.Text.RegularExpressions;
using MfaConformance.LoadScenarios.Data;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.LoadScenarios.Tests.Data;

public sealed class LoadPasswordsTests
{
    [Fact]
    public void Current_SameSeedAndSequence_IsTheSameAndMeetsTheBrandRule()
    {
        var password = LoadPasswords.Current(7, 42);

        password.ShouldBe(LoadPasswords.Current(7, 42));
        password.ShouldNotBe(LoadPasswords.Current(7, 43));
        Regex.IsMatch(password, DefaultBrandConfiguration.PasswordRegex).ShouldBeTrue();
    }

    [Fact]
    public void Next_DiffersFromCurrent_AndMeetsTheBrandRule()
    {
        var next = LoadPasswords.Next(7, "919800000042");

        next.ShouldNotBe(LoadPasswords.Current(7, 42));
        next.ShouldBe(LoadPasswords.Next(7, "919800000042"));
        Regex.IsMatch(next, DefaultBrandConfiguration.PasswordRegex).ShouldBeTrue();
    }
}
