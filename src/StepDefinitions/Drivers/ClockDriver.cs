using MfaConformance.Client;

namespace MfaConformance.StepDefinitions;

/// <summary>X1: moves the target's clock through the sandbox hook (time is never waited for).</summary>
public sealed class ClockDriver(ConformanceTarget target, ScenarioHttpObserver observer, ScenarioDeadline deadline)
{
    private readonly HooksClient _hooks = target.Connection.CreateHooksClient(observer);

    public async Task AdvanceAsync(int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        var result = await deadline.RunAsync("POST /__harness/v1/clock", ct => _hooks.AdvanceClockAsync(checked(minutes * 60), ct)).ConfigureAwait(false);
        if (result.Now is null)
        {
            throw new SetUpFailedException($"Moving the target's clock forward {minutes} minutes failed: {ResponseDescriptions.Describe(result.Response)}");
        }
    }
}
