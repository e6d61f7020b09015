namespace MfaConformance.Cli.Accept;

/// <summary>The explore stage of `accept`: what it ran, from which seed, and the contradictions it found.</summary>
internal sealed record ExploreSummary
{
    public string Seed { get; init; } = string.Empty;

    public int Programs { get; init; }

    public int Calls { get; init; }

    public int Musts { get; init; }

    public double ElapsedSeconds { get; init; }

    public IReadOnlyList<ExploreFinding> Contradictions { get; init; } = [];

    /// <summary>The stage's report (relative to the bundle), e.g. explore/explore.md.</summary>
    public string? Report { get; init; }

    /// <summary>Why the stage explored nothing (skipped, or the target lacks the sandbox hooks), else null.</summary>
    public string? NotRunReason { get; init; }
}
