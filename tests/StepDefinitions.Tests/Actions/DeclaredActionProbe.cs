using MfaConformance.StepDefinitions.Actions;
using MfaConformance.StepDefinitions.Contexts;
using Reqnroll;
using Reqnroll.Bindings.Reflection;
namespace MfaConformance.StepDefinitions.Tests.Actions;

/// <summary>After each step bound to a declared API action that passed, records the endpoints "the call" went to (a hook of this test assembly).</summary>
[Binding]
public sealed class DeclaredActionProbe(ScenarioContext scenario, ResponseContext responses, ActionProbeLog log)
{
    [AfterStep]
    public void RecordTheCalls()
    {
        var binding = (scenario.StepContext.StepInfo.BindingMatch?.StepBinding?.Method as RuntimeBindingMethod)?.MethodInfo;
        if (ApiActions.Of(binding) is { } action && scenario.ScenarioExecutionStatus == ScenarioExecutionStatus.OK)
        {
            log.Steps.Enqueue((binding!, action, [.. responses.All.Select(r => r.Endpoint)]));
        }
    }
}
