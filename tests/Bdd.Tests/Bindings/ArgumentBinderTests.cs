namespace MfaConformance.Bdd.Tests.Bindings;

public sealed class ArgumentBinderTests
{
    [Fact]
    public async Task Run_CustomParameterTypeEnumAndTransformation_ConvertArguments()
    {
        var runtime = Runtime.RuntimeFactory.FromText(
            "Feature: F\n  Scenario: S\n    Given customer CUST-42 on channel sms with 2.5 credits\n    Then the total is 5\n    And customer CUST-7 uses email\n",
            null, typeof(ConversionSteps));

        var result = await runtime.RunScenarioAsync(runtime.AllPickles.Single());

        result.Outcome.ShouldBe(TestOutcome.Passed, result.ErrorMessage);
    }

    [Fact]
    public async Task Run_ParameterCountMismatch_FailsNamingTheMethod()
    {
        var runtime = Runtime.RuntimeFactory.FromText("Feature: F\n  Scenario: S\n    Given 3 apples\n", null, typeof(MismatchSteps));

        var result = await runtime.RunScenarioAsync(runtime.AllPickles.Single());

        result.Outcome.ShouldBe(TestOutcome.Failed);
        result.ErrorMessage.ShouldNotBeNull().ShouldContain("MismatchSteps.GivenApples() has 0 parameter(s) but the step provides 1");
    }

    [Fact]
    public async Task Run_UnconvertibleArgument_FailsNamingValueAndParameter()
    {
        var runtime = Runtime.RuntimeFactory.FromText("Feature: F\n  Scenario: S\n    Given customer CUST-1 on channel pigeon with 1 credits\n", null, typeof(ConversionSteps));

        var result = await runtime.RunScenarioAsync(runtime.AllPickles.Single());

        result.ErrorMessage.ShouldNotBeNull().ShouldContain("\"pigeon\"");
    }

    public enum Channel
    {
        Sms,
        Email,
    }

    public sealed record CustomerId(int Value);

    public sealed class Totals
    {
        public decimal Value { get; set; }
    }

    public sealed class ConversionSteps(Totals totals)
    {
        [StepArgumentTransformation(@"CUST-(\d+)", Name = "customer")]
        public static CustomerId ToCustomer(string digits) => new(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));

        [Given(@"^customer (\S+) on channel (\w+) with ([\d.]+) credits$")]
        public void GivenRegexCustomer(CustomerId id, Channel channel, decimal credits)
        {
            id.Value.ShouldBeGreaterThan(0);
            channel.ShouldBe(Channel.Sms);
            totals.Value = credits * 2;
        }

        [Then("the total is {decimal}")]
        public void ThenTheTotalIs(decimal total) => totals.Value.ShouldBe(total);

        [Then("customer {customer} uses {Channel}")]
        public void ThenCustomerUses(CustomerId id, Channel channel) => (id.Value, channel).ShouldBe((7, Channel.Email));
    }

    public sealed class MismatchSteps
    {
        [Given("{int} apples")]
        public void GivenApples()
        {
        }
    }
}
