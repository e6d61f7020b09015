namespace MfaConformance.Cli.Conformance;

/// <summary>How `mutants` runs: which mutants, which scenarios, how fast the mutant servers hash passwords.</summary>
internal sealed record KillMatrixOptions
{
    /// <summary>Mutant (or variant) names to run; empty: all of <c>Mutants.All</c>, <c>Mutants.Variants</c> and <c>Mutants.Explorer</c>.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Only one group (<see cref="KillMatrixRunner.Families"/>: suite, variants, explorer); null: every group.</summary>
    public string? Family { get; init; }

    /// <summary>Scenarios run against each mutant; the verdict only counts @documented ones. Null: every scenario.</summary>
    public string? Tags { get; init; }

    /// <summary>
    /// Run every scenario against every mutant, to count all its failures. Otherwise a mutant first meets only the
    /// @documented scenarios of the rule it breaks and, only if none of them fails, the other @documented ones.
    /// </summary>
    public bool Full { get; init; }

    /// <summary>How many mutant servers run at once (each run is itself parallel over scenarios).</summary>
    public int Parallelism { get; init; } = 2;

    /// <summary>Run the conformant server first; any @documented failure there makes the matrix meaningless.</summary>
    public bool IncludeBaseline { get; init; } = true;

    /// <summary>Run the conformance scenarios against each mutant (off with <c>--explorer-only</c>).</summary>
    public bool Scenarios { get; init; } = true;

    /// <summary>Also explore each mutant (issue 17): the explorer's verdict is reported beside the scenarios'.</summary>
    public bool Explorer { get; init; }

    /// <summary>The explorer's seed (the same for every mutant, so the matrix replays) and its budget per mutant.</summary>
    public string ExploreSeed { get; init; } = "2026";

    public int ExplorePrograms { get; init; } = 3000;

    public TimeSpan ExploreTime { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Shrink what the explorer finds (slower; the matrix needs only the kill).</summary>
    public bool ExploreShrink { get; init; }

    public TextWriter? Output { get; init; }
}
