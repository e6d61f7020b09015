namespace MfaConformance.LoadScenarios.Tests.Gherkin;

public sealed class GherkinStepNamesTests
{
    [Theory]
    [InlineData("the customer starts the first factor on device \"d1\"", LoadStepNames.TokenGenerate)]
    [InlineData("the customer requests a first-factor OTP", LoadStepNames.OtpGenerate)]
    [InlineData("the customer submits the customer's own OTP as the first-factor OTP", LoadStepNames.OtpValidate)]
    [InlineData("the customer requests an MFA session setting the password \"x\" confirmed as \"x\"", LoadStepNames.MfaTokenGenerate)]
    [InlineData("the customer requests an MFA OTP", LoadStepNames.MfaOtpGenerate)]
    [InlineData("the customer submits a wrong OTP as the MFA OTP", LoadStepNames.MfaOtpValidate)]
    [InlineData("the customer validates the MFA password \"Passw0rd!old\"", LoadStepNames.MfaPasswordValidate)]
    [InlineData("the customer resets the MFA password to \"a\" confirmed as \"a\"", LoadStepNames.MfaPasswordForget)]
    [InlineData("the customer changes the MFA password from \"a\" to \"b\" confirmed as \"b\"", LoadStepNames.MfaPasswordChange)]
    [InlineData("the customer regenerates the MFA token", LoadStepNames.MfaTokenRegenerate)]
    [InlineData("the customer expires the MFA token", LoadStepNames.MfaTokenExpire)]
    public void For_GlossaryAction_GivesTheActionName(string text, string expected) =>
        GherkinStepNames.For(text).ShouldBe(expected);

    [Fact]
    public void For_OtherText_GivesSnakeCaseWithoutQuotedValues() =>
        GherkinStepNames.For("the customer can complete MFA with the password \"Passw0rd!new\"").ShouldBe("the_customer_can_complete_mfa_with_the_password");

    [Fact]
    public void SnakeCase_LongText_StopsAtAWordWithin80Characters()
    {
        var name = GherkinStepNames.SnakeCase(string.Join(' ', Enumerable.Repeat("lengthy", 30)));

        name.Length.ShouldBeLessThanOrEqualTo(80);
        name.ShouldEndWith("lengthy");
    }

    [Fact]
    public void SnakeCase_NoWords_GivesStep() => GherkinStepNames.SnakeCase("\"only quoted\" !!").ShouldBe("step");
}
