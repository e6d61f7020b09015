using System.Globalization;
using MfaConformance.Client;
using MfaConformance.Client.Hooks;
using MfaConformance.StepDefinitions.Deadlines;
using MfaConformance.StepDefinitions.Target;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>X1, X2: moves the target's clock through the sandbox hook (time is never waited for).</summary>
public sealed class ClockDriver(ConformanceTarget target, ScenarioHttpObserver observer, ScenarioDeadline deadline)
{
    private readonly HooksClient _hooks = target.Connection.CreateHooksClient(observer);

    public async Task AdvanceAsync(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        var result = await deadline.RunAsync("POST /__harness/v1/clock", ct => _hooks.AdvanceClockAsync(checked((int)by.TotalSeconds), ct)).ConfigureAwait(false);
        if (result.Now is null)
        {
            throw new SetUpFailedException(string.Create(CultureInfo.InvariantCulture,
                $"Moving the target's clock forward {by.TotalSeconds:0} seconds failed: {ResponseDescriptions.Describe(result.Response)}"));
        }
    }
}
