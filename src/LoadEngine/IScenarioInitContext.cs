namespace MfaConformance.LoadEngine;

/// <summary>What a scenario's init and clean functions see (before the clock starts / after it stops).</summary>
public interface IScenarioInitContext
{
    /// <summary>The scenario's name.</summary>
    string ScenarioName { get; }

    /// <summary>
    /// Upper bound of the iterations the simulations (warm-up included) can start, for provisioning; null when a
    /// simulation is closed and time-bound (KeepConstant, RampingConstant), which has no fixed bound.
    /// </summary>
    long? PlannedIterations { get; }

    /// <summary>Cancelled when the run is cancelled.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>Writes a diagnostic line to the console sink only (never to a report).</summary>
    void WriteLine(string message);
}
