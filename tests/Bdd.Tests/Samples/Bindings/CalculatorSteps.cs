namespace MfaConformance.Bdd.Tests.Samples.Bindings;

[Binding]
public sealed class CalculatorSteps(CalculatorContext calculator, ScenarioContext scenario, RunProbe? probe = null)
{
    [Given("a calculator")]
    public void GivenACalculator()
    {
        probe?.Contexts.Add(calculator);
        scenario.WriteLine("calculator ready");
    }

    [Given(@"^I have entered (-?\d+) into the calculator$")]
    public void GivenIHaveEntered(int number) => calculator.Entered.Add(number);

    [When("I press add")]
    public async Task WhenIPressAdd()
    {
        await Task.Yield();
        calculator.Result = calculator.Entered.Sum();
    }

    [Then("the result should be {int}")]
    public void ThenTheResultShouldBe(int expected)
    {
        scenario.Attach("result", "text/plain", $"result={calculator.Result}");
        calculator.Result.ShouldBe(expected);
    }

    [Given("the target lacks a clock")]
    public void GivenTheTargetLacksAClock() => scenario.Skip("the target has no controllable clock (@needs-clock)");

    [Given("a step still being written")]
    public void GivenAStepStillBeingWritten() => scenario.Pending();
}
