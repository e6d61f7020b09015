namespace MfaConformance.Explorer.Shrinking;

/// <summary>How much replaying a shrink may cost.</summary>
public sealed record ShrinkOptions
{
    /// <summary>Replays of candidate programs at most (each is one program run against the target).</summary>
    public int MaxReplays { get; init; } = 400;

    /// <summary>Wall time at most; when it runs out the smallest program found so far is reported.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(90);
}
