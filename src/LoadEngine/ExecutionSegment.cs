namespace MfaConformance.LoadEngine;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of a simulation (k6's execution segments, by interleaving): the open
/// model's start k and the closed model's copy c belong to segment k mod Count (c mod Count), and an iteration budget
/// is shared the same way. Every start keeps its intended time on the one-machine timeline, so the segments of
/// 0..Count-1 together are exactly the one-machine schedule, and no two run the same start.
/// </summary>
public sealed record ExecutionSegment(int Index, int Count)
{
    public static ExecutionSegment Whole { get; } = new(0, 1);

    public int Index { get; } = Count >= 1 && Index >= 0 && Index < Count
        ? Index
        : throw new ArgumentOutOfRangeException(nameof(Index), $"segment {Index} of {Count}: need 0 <= index < count");

    public int Count { get; } = Count;

    /// <summary>True when item <paramref name="k"/> (a start number or copy number) is this segment's.</summary>
    public bool Owns(long k) => k % Count == Index;

    /// <summary>How many of the items 0..<paramref name="total"/>-1 are this segment's.</summary>
    public long ShareOf(long total) => total <= Index ? 0 : ((total - 1 - Index) / Count) + 1;

    /// <summary>The first item of this segment at or after <paramref name="k"/>.</summary>
    public long FirstFrom(long k) => k + ((Index - (k % Count) + Count) % Count);

    public override string ToString() => $"{Index + 1}/{Count}";
}
