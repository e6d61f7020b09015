namespace MfaConformance.LoadEngine.Stats;

/// <summary>Statistics of one step, or of a whole scenario's iterations (its <see cref="ScenarioStats.Total"/>).</summary>
public sealed record StepStats(
    string Name,
    MeasureStats Ok,
    MeasureStats Fail,
    IReadOnlyDictionary<string, long> StatusCodes,
    IReadOnlyDictionary<string, long> ErrorStatusCodes,
    IReadOnlyDictionary<string, long> ErrorCodes,
    IReadOnlyDictionary<string, long> ErrorMessages,
    IReadOnlyList<IntervalStats> OverTime)
{
    /// <summary>The first failed calls (at most 10) with their W3C trace ids, so a vendor finds each in their logs.</summary>
    public IReadOnlyList<FailedCall> FailedCalls { get; init; } = [];

    /// <summary>Ok plus fail.</summary>
    public long Count => Ok.Count + Fail.Count;

    /// <summary>Fail / (ok + fail), 0..1.</summary>
    public double FailRate => Count == 0 ? 0 : (double)Fail.Count / Count;

    /// <summary>Ok plus fail per second.</summary>
    public double Rps => Ok.Rps + Fail.Rps;
}
