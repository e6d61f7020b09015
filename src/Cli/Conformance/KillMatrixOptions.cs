namespace MfaConformance.Cli.Conformance;

/// <summary>How `mutants` runs: which mutants, which scenarios, how fast the mutant servers hash passwords.</summary>
internal sealed record KillMatrixOptions
{
    /// <summary>Mutant (or variant) names to run; empty: all of <c>Mutants.All</c> and <c>Mutants.Variants</c>.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Scenarios run against each mutant; the verdict only counts @documented ones. Null: every scenario.</summary>
    public string? Tags { get; init; }

    /// <summary>PBKDF2 iterations of the mutant servers (a mutant never touches hashing; a low value keeps the matrix fast).</summary>
    public int PasswordHashIterations { get; init; } = 1_000;

    /// <summary>The folder holding features/; null: <see cref="SuiteLocator.FindSuiteRoot"/>.</summary>
    public string? SuiteRoot { get; init; }

    /// <summary>
    /// Run every scenario against every mutant, to count all its failures. Otherwise a mutant first meets only the
    /// @documented scenarios of the rule it breaks and, only if none of them fails, the other @documented ones.
    /// </summary>
    public bool Full { get; init; }

    /// <summary>How many mutant servers run at once (each run is itself parallel over scenarios).</summary>
    public int Parallelism { get; init; } = 2;

    /// <summary>Run the conformant server first; any @documented failure there makes the matrix meaningless.</summary>
    public bool IncludeBaseline { get; init; } = true;

    public TextWriter? Output { get; init; }
}
