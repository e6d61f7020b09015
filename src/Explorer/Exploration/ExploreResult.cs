namespace MfaConformance.Explorer.Exploration;

/// <summary>What an exploration did and found.</summary>
public sealed record ExploreResult(string Seed)
{
    public int Programs { get; init; }

    public int Calls { get; init; }

    /// <summary>Calls whose answer the documentation fixed (a must), and those it left open.</summary>
    public int Musts { get; init; }

    public int Eithers { get; init; }

    /// <summary>Programs whose set-up the target refused (nothing explored in them).</summary>
    public int SetUpFailures { get; init; }

    /// <summary>Programs that stopped early without a contradiction (a server error on an open case, a failed set-up step).</summary>
    public int Stopped { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Musts checked, by rule row (docs/rules.md) and endpoint ("POST /auth/v1/...").</summary>
    public IReadOnlyDictionary<(string Rule, string Endpoint), int> MustsChecked { get; init; } = new Dictionary<(string, string), int>();

    /// <summary>Distinct contradictions (one per rule and endpoint), shrunk.</summary>
    public IReadOnlyList<ExploredContradiction> Contradictions { get; init; } = [];

    /// <summary>Programs that showed a contradiction (including repeats of one already reported).</summary>
    public int ContradictingPrograms { get; init; }

    /// <summary>Set when nothing could be explored (the target lacks the sandbox hooks the explorer needs); the reason.</summary>
    public string? NotRunReason { get; init; }

    public bool Ran => NotRunReason is null && Programs > SetUpFailures;

    public bool Contradicted => Contradictions.Count > 0;
}
