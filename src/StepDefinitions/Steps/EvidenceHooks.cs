using MfaConformance.StepDefinitions.Drivers;
using Reqnroll;
namespace MfaConformance.StepDefinitions.Steps;

/// <summary>
/// After a failed scenario (summary evidence): every HTTP exchange it made, in full, so the failure carries the whole
/// story while a passing scenario keeps one line per call (<see cref="ScenarioHttpObserver"/>).
/// </summary>
[Binding]
public sealed class EvidenceHooks(ScenarioHttpObserver observer, ScenarioContext scenario)
{
    /// <summary>Runs before any other after-scenario hook, so its calls come after the failure's own exchanges.</summary>
    [AfterScenario(Order = -1000)]
    public void WriteTheExchangesOfAFailedScenario()
    {
        if (scenario.TestError is not null)
        {
            observer.WriteFullExchanges();
        }
    }
}
