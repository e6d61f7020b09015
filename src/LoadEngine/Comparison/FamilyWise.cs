namespace MfaConformance.LoadEngine.Comparison;

/// <summary>
/// Family-wise control over the figures of one comparison. A comparison of <c>returning_user_login</c> judges about 42
/// figures (6 rows × 7); at 1% each, some figure of a pair of runs of one system would be flagged in up to a third of
/// the pairs (1 − 0.99^42 if the figures were independent; they are not, and the A/A pairs measured flagged less). Holm's step-down procedure keeps the chance that <b>any</b> figure of the comparison is flagged falsely at
/// most 1 − <see cref="ComparisonOptions.Confidence"/>, whatever the dependence between the figures (the steps of one
/// run share its seconds, a row's percentiles share its calls), and rejects everything Bonferroni would and more.
/// </summary>
public static class FamilyWise
{
    /// <summary>
    /// Holm's adjusted p-values over every figure with a <see cref="FigureResult.RawPValue"/> (sorted ascending, the
    /// k-th smallest of m multiplied by m − k + 1, made non-decreasing, capped at 1) and the verdicts they give
    /// (<see cref="IntervalTest.Decide"/>). Figures without one (not judged) are returned as they are.
    /// </summary>
    public static IReadOnlyList<FigureResult> Holm(IReadOnlyList<FigureResult> results, ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        var adjusted = AdjustedPValues([.. results.Select(r => r.RawPValue)]);
        return [.. results.Select((r, i) => adjusted[i] is { } p ? r with { PValue = p, Verdict = IntervalTest.Decide(r, p, options) } : r)];
    }

    /// <summary>Holm's adjusted p-values of <paramref name="raw"/> (nulls are not in the family and stay null).</summary>
    public static double?[] AdjustedPValues(IReadOnlyList<double?> raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var order = Enumerable.Range(0, raw.Count).Where(i => raw[i] is not null).OrderBy(i => raw[i]!.Value).ThenBy(i => i).ToArray();
        var adjusted = new double?[raw.Count];
        var running = 0.0;
        for (var k = 0; k < order.Length; k++)
        {
            running = Math.Max(running, Math.Min(1, (order.Length - k) * raw[order[k]]!.Value));
            adjusted[order[k]] = running;
        }

        return adjusted;
    }
}
