namespace MfaConformance.LoadEngine;

/// <summary>Entry point of a load run (NBomber's <c>NBomberRunner</c>).</summary>
public static class LoadRunner
{
    /// <summary>Starts building a run of <paramref name="scenarios"/>; they run concurrently.</summary>
    public static LoadRunBuilder RegisterScenarios(params ScenarioProps[] scenarios) => new(scenarios);
}
