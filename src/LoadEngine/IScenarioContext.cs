namespace MfaConformance.LoadEngine;

/// <summary>What one iteration of a scenario sees (NBomber's <c>IScenarioContext</c>).</summary>
public interface IScenarioContext
{
    /// <summary>The scenario's name.</summary>
    string ScenarioName { get; }

    /// <summary>Global 0-based index of this iteration within the scenario (warm-up included).</summary>
    long InvocationNumber { get; }

    /// <summary>The copy (virtual user) number in a closed model; in an open model, the start's index within its phase.</summary>
    int ScenarioInstanceNumber { get; }

    /// <summary>Cancelled when the run stops (Ctrl+C, max fail count, aborting threshold).</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>A per-iteration slot for the caller's own data (e.g. the provisioned customer). Starts null.</summary>
    object? Data { get; set; }

    /// <summary>
    /// Writes a diagnostic line to the console sink only (never to a report). The caller must keep secrets out.
    /// </summary>
    void WriteLine(string message);
}
