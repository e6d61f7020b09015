using Reqnroll;

namespace MfaConformance.StepDefinitions;

/// <summary>X1: time is moved on the target's clock, never waited for.</summary>
[Binding]
public sealed class ClockSteps(ClockDriver clock)
{
    [When("the target's clock moves forward {int} minutes")]
    public Task WhenTheClockMovesForward(int minutes) => clock.AdvanceAsync(minutes);
}
