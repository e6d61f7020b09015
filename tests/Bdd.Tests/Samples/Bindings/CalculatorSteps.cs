using Reqnroll.UnitTestProvider;

namespace MfaConformance.Bdd.Tests.Samples.Bindings;

[Binding]
public sealed class CalculatorSteps(CalculatorContext calculator, IReqnrollOutputHelper output, IUnitTestRuntimeProvider runtime, RunProbe probe)
{
    [Given("a calculator")]
    public void GivenACalculator()
    {
        probe.Contexts.Add(calculator);
        output.WriteLine("calculator ready");
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
        output.WriteLine($"result={calculator.Result}");
        if (calculator.Result != expected)
        {
            throw new InvalidOperationException($"expected the result {expected}, but the calculator shows {calculator.Result}");
        }
    }

    [Given("the target lacks a clock")]
    public void GivenTheTargetLacksAClock() => runtime.TestIgnore("the target has no controllable clock (@needs-clock)");

    [Given("a step still being written")]
    public void GivenAStepStillBeingWritten() => throw new Reqnroll.PendingStepException();
}
