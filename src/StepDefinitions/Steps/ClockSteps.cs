using MfaConformance.StepDefinitions.Drivers;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>X1, X2: time is moved on the target's clock, never waited for.</summary>
[Binding]
public sealed class ClockSteps(ClockDriver clock)
{
    [When("the target's clock moves forward {int} minutes")]
    public Task WhenTheClockMovesForward(int minutes) => clock.AdvanceAsync(TimeSpan.FromMinutes(minutes));

    [When("the target's clock moves forward {int} minutes and {int} seconds")]
    public Task WhenTheClockMovesForwardMinutesAndSeconds(int minutes, int seconds) =>
        clock.AdvanceAsync(TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds));

    [When("the target's clock moves forward {int} seconds")]
    public Task WhenTheClockMovesForwardSeconds(int seconds) => clock.AdvanceAsync(TimeSpan.FromSeconds(seconds));
}
