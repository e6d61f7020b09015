using MfaConformance.Client;
using MfaConformance.Client.Responses;
using MfaConformance.StepDefinitions.Contexts;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>Makes an action with the pending next-call modifiers (once or repeated) and records it as "the call".</summary>
public sealed class CallRecorder(NextCallContext next, ResponseContext responses)
{
    public async Task RecordAsync(Func<CallModifiers, Task<ApiResponse>> action, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        var modifiers = next.Take();
        var results = new List<ApiResponse>(times);
        for (var i = 0; i < times; i++)
        {
            results.Add(await action(modifiers).ConfigureAwait(false));
        }

        responses.Record(results);
    }
}
