using Reqnroll.BoDi;
using Reqnroll.Infrastructure;
using Reqnroll.Tracing;

namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// Reqnroll's trace for a test thread: lines go to the running scenario's <see cref="ScenarioOutput"/> (registered
/// in its container, as Reqnroll.xUnit registers ITestOutputHelper), else to the run's diagnostics.
/// </summary>
internal sealed class ScenarioTraceListener(IObjectContainer testThreadContainer, RunDiagnostics diagnostics) : ITraceListener
{
    private readonly Lazy<IContextManager> _contexts = new(testThreadContainer.Resolve<IContextManager>);

    public void WriteTestOutput(string message) => Write(message);

    public void WriteToolOutput(string message) => Write("-> " + message);

    private void Write(string line)
    {
        var scenario = _contexts.Value.ScenarioContext;
        if (scenario is not null && scenario.ScenarioContainer.IsRegistered<ScenarioOutput>())
        {
            scenario.ScenarioContainer.Resolve<ScenarioOutput>().Add(line);
        }
        else
        {
            diagnostics.WriteToolOutput(line);
        }
    }
}
