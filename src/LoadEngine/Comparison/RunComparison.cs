using System.Globalization;
using MfaConformance.LoadEngine.Thresholds;

namespace MfaConformance.LoadEngine.Comparison;

/// <summary>
/// Two load runs side by side (<c>compare BASELINE CURRENT</c>, <c>load --baseline DIR</c>): every scenario and step in
/// both, each figure with its change and verdict (<see cref="IntervalTest"/>), the rows only one run has, and the
/// regression limits' verdicts, which decide <see cref="Passed"/>.
/// </summary>
public sealed record RunComparison(RecordedRun Baseline, RecordedRun Current, ComparisonOptions Options, IReadOnlyList<RowComparison> Rows, IReadOnlyList<LimitResult> Limits)
{
    /// <summary>Every limit held (true when there are none).</summary>
    public bool Passed => Limits.All(l => l.Passed);

    /// <summary>The figures judged in both runs.</summary>
    public IEnumerable<(RowComparison Row, FigureResult Figure)> JudgedFigures =>
        Rows.SelectMany(r => r.Figures.Select(f => (r, f)));

    /// <summary>Compares <paramref name="current"/> with <paramref name="baseline"/> and checks <paramref name="limits"/>.</summary>
    public static RunComparison Compare(RecordedRun baseline, RecordedRun current, IReadOnlyList<RegressionLimit>? limits = null, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        options ??= new ComparisonOptions();
        var family = current.Rows.Count(r => baseline.Find(r.Scenario, r.Step) is not null) * Figures.All.Count;
        var rows = new List<RowComparison>();
        foreach (var row in current.Rows)
        {
            var before = baseline.Find(row.Scenario, row.Step);
            rows.Add(before is null
                ? new RowComparison(row.Scenario, row.Step, RowPresence.Added, [])
                : new RowComparison(row.Scenario, row.Step, RowPresence.Both, IntervalTest.Test(before, row, options, family)));
        }

        // Every figure of the comparison is one family: a pair of runs of one system flags any figure at most 1% of the time.
        var judged = FamilyWise.Holm([.. rows.SelectMany(r => r.Figures)], options);
        var offset = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i] = rows[i] with { Figures = [.. judged.Skip(offset).Take(rows[i].Figures.Count)] };
            offset += rows[i].Figures.Count;
        }

        foreach (var row in baseline.Rows.Where(r => current.Find(r.Scenario, r.Step) is null))
        {
            rows.Add(new RowComparison(row.Scenario, row.Step, RowPresence.Removed, []));
        }

        return new RunComparison(baseline, current, options, rows, [.. (limits ?? []).Select(l => Check(l, rows))]);
    }

    private static LimitResult Check(RegressionLimit limit, List<RowComparison> rows)
    {
        var covered = rows.Where(r => r.Presence == RowPresence.Both && limit.Scope switch
        {
            ThresholdScope.All => r.Step is null,
            ThresholdScope.Scenario => r.Step is null && r.Scenario == limit.ScopeName,
            _ => r.Step == limit.ScopeName,
        }).ToList();
        if (covered.Count == 0)
        {
            var what = limit.Scope == ThresholdScope.Step ? "step" : "scenario";
            return new LimitResult(limit.Expression, false, "n/a", limit.Scope == ThresholdScope.All ? "no scenario is in both runs" : $"no {what} named '{limit.ScopeName}' is in both runs");
        }

        var worst = covered
            .Select(r => (Row: r, Figure: r.Figures.First(f => f.Figure == limit.Figure)))
            .Select(x => (x.Row, x.Figure, Amount: limit.Amount(x.Figure)))
            .OrderByDescending(x => x.Amount ?? double.MinValue)
            .First();
        var failing = covered
            .Select(r => (Row: r, Figure: r.Figures.First(f => f.Figure == limit.Figure)))
            .Where(x => x.Figure.Verdict == Verdict.Regression && limit.Amount(x.Figure) is { } amount && !limit.Allows(amount))
            .ToList();
        var measured = worst.Amount is { } a ? $"{Amount(limit, a)} ({worst.Figure.Verdict.Text()}{(covered.Count > 1 ? $", {worst.Row.Key}" : string.Empty)})" : "n/a";
        return failing.Count == 0
            ? new LimitResult(limit.Expression, true, measured, null)
            : new LimitResult(limit.Expression, false, measured, string.Join("; ", failing.Select(x => $"{x.Row.Key}: {Amount(limit, limit.Amount(x.Figure)!.Value)} regression, limit {limit.LimitText}")));
    }

    private static string Amount(RegressionLimit limit, double amount) => limit.Relative || limit.Figure == Figure.ErrorRate
        ? (amount * 100).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + (limit.Figure == Figure.ErrorRate ? " pp" : "%")
        : amount.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture) + " ms";
}

/// <summary>Whether a row is in both runs or only one.</summary>
public enum RowPresence
{
    /// <summary>In both: its figures are judged.</summary>
    Both,

    /// <summary>Only in the current run.</summary>
    Added,

    /// <summary>Only in the baseline.</summary>
    Removed,
}

/// <summary>One scenario's iterations (<see cref="Step"/> null) or one step, with its judged figures.</summary>
public sealed record RowComparison(string Scenario, string? Step, RowPresence Presence, IReadOnlyList<FigureResult> Figures)
{
    /// <summary>"scenario" or "scenario/step".</summary>
    public string Key => Step is null ? Scenario : $"{Scenario}/{Step}";

    /// <summary>The step's name as the tables show it.</summary>
    public string StepLabel => Step ?? "(iteration)";
}

/// <summary>The words of the verdicts.</summary>
public static class VerdictText
{
    /// <summary>"regression", "improvement", "no difference".</summary>
    public static string Text(this Verdict verdict) => verdict switch
    {
        Verdict.Regression => "regression",
        Verdict.Improvement => "improvement",
        _ => "no difference",
    };
}
