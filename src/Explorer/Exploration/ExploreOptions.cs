using MfaConformance.Explorer.Shrinking;

namespace MfaConformance.Explorer.Exploration;

/// <summary>How long to explore, from which seed, and what to do with what is found.</summary>
public sealed record ExploreOptions
{
    public const int DefaultPrograms = 1000;

    public static readonly TimeSpan DefaultTime = TimeSpan.FromMinutes(2);

    /// <summary>The run's seed (a CsCheck PCG seed, printed by every run); null draws a new one.</summary>
    public string? Seed { get; init; }

    /// <summary>Programs to run at most.</summary>
    public int Programs { get; init; } = DefaultPrograms;

    /// <summary>Exploring time at most (shrinking is not counted: it has its own budget).</summary>
    public TimeSpan Time { get; init; } = DefaultTime;

    /// <summary>Stop at the first contradiction (the kill matrix needs only one); otherwise go on and collect distinct ones.</summary>
    public bool StopAtFirst { get; init; }

    /// <summary>Distinct contradictions (rule and endpoint) to shrink and report at most.</summary>
    public int MaxContradictions { get; init; } = 10;

    /// <summary>Shrink what is found (off: report the program as it ran).</summary>
    public bool Shrink { get; init; } = true;

    public ShrinkOptions ShrinkOptions { get; init; } = new();

    /// <summary>Called after each program (for progress lines).</summary>
    public Action<ExploreProgress>? Progress { get; init; }
}
