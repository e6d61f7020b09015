namespace MfaConformance.LoadEngine.Running;

/// <summary>The init/clean context handed to a scenario's init and clean functions.</summary>
internal sealed class ScenarioInitContext(string scenarioName, long? plannedIterations, TextWriter console, CancellationToken cancellationToken) : IScenarioInitContext
{
    public string ScenarioName { get; } = scenarioName;

    public long? PlannedIterations { get; } = plannedIterations;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public void WriteLine(string message) => console.WriteLine($"[{ScenarioName}] {message}");
}
