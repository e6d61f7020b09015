using MfaConformance.LoadScenarios.Gherkin;
namespace MfaConformance.LoadScenarios.Tests.Gherkin;

public sealed class SnakeCaseTests
{
    [Fact]
    public void Of_Text_GivesSnakeCaseWithoutQuotedValues() =>
        SnakeCase.Of("the customer can complete MFA with the password \"Passw0rd!new\"").ShouldBe("the_customer_can_complete_mfa_with_the_password");

    [Fact]
    public void Of_LongText_StopsAtAWordWithin80Characters()
    {
        var name = SnakeCase.Of(string.Join(' ', Enumerable.Repeat("lengthy", 30)));

        name.Length.ShouldBeLessThanOrEqualTo(80);
        name.ShouldEndWith("lengthy");
    }

    [Fact]
    public void Of_NoWords_GivesStep() => SnakeCase.Of("\"only quoted\" !!").ShouldBe("step");
}
