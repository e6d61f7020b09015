namespace MfaConformance.LoadEngine.Comparison;

/// <summary>
/// The test behind every verdict, over the <b>reporting intervals</b> of both runs (1 s by default: the interval
/// histograms of latency.hlog, the per-interval counts of report.json). Intervals, not single calls, are the units
/// resampled because calls close in time share their noise (a GC pause, a busy core): a test over single calls would
/// take one stalled second for a regression.
/// <list type="bullet">
/// <item>The verdict comes from a <b>permutation test</b>: if both runs come from the same system, their intervals are
/// exchangeable, so the figure's change between two random groups of the pooled intervals (as many as each run has) is
/// as large as the observed one about as often as chance allows; the share of shuffles with a change at least as large
/// is the figure's p-value (<see cref="FigureResult.RawPValue"/>). A comparison judges many figures (about 42 for one
/// scenario), so the p-values are adjusted over all of them (<see cref="FamilyWise.Holm"/>): below
/// 1 − <see cref="ComparisonOptions.Confidence"/> (and the change at least the smallest change reported) it is a
/// regression or an improvement. When the two runs do come from the same distribution, <b>any</b> figure of the
/// comparison is flagged with probability at most 1 − confidence (1%), the tails included: that is the test's
/// false-alarm rate by construction.</item>
/// <item>The interval shown with each change is a <b>block bootstrap</b> (each run's intervals resampled with
/// replacement, percentile interval at the same confidence): it says how precisely the change is known; it does not
/// decide the verdict (for the tails a bootstrap interval is too narrow: a resample never exceeds the run's maximum).</item>
/// </list>
/// </summary>
public static class IntervalTest
{
    /// <summary>
    /// Judges every figure of one row (a scenario's iterations or a step) present in both runs, the row's figures as one
    /// family (<see cref="FamilyWise.Holm"/>). <see cref="RunComparison"/> makes every figure of a comparison one family.
    /// </summary>
    public static IReadOnlyList<FigureResult> Compare(RecordedRow baseline, RecordedRow current, ComparisonOptions options) =>
        FamilyWise.Holm(Test(baseline, current, options, Figures.All.Count), options);

    /// <summary>
    /// The permutation test of every figure of one row, each with its own p-value (<see cref="FigureResult.RawPValue"/>);
    /// no verdict yet: that comes from <see cref="FamilyWise.Holm"/> over the whole family, whose size
    /// (<paramref name="familySize"/>, at most) decides how many shuffles a figure that may be flagged gets.
    /// </summary>
    internal static IReadOnlyList<FigureResult> Test(RecordedRow baseline, RecordedRow current, ComparisonOptions options, int familySize)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(HashCode.Combine(options.Seed, StableHash(baseline.Key)));
        var results = new List<FigureResult>();
        var counts = baseline.Intervals.Where(i => i.Seconds > 0).Concat(current.Intervals.Where(i => i.Seconds > 0)).ToArray();
        var ka = baseline.Intervals.Count(i => i.Seconds > 0);
        var shuffles = options.ShufflesFor(familySize);
        results.Add(Judge(Figure.Throughput, counts.Length - ka, ka, options, shuffles, random, groups => (Rate(counts, groups.A), Rate(counts, groups.B))));
        var calls = baseline.Intervals.Where(i => i.Ok + i.Fail > 0).Concat(current.Intervals.Where(i => i.Ok + i.Fail > 0)).ToArray();
        var kaCalls = baseline.Intervals.Count(i => i.Ok + i.Fail > 0);
        results.Add(Judge(Figure.ErrorRate, calls.Length - kaCalls, kaCalls, options, shuffles, random, groups => (FailRate(calls, groups.A), FailRate(calls, groups.B))));
        var pooled = new PooledIntervals(baseline.Latency, current.Latency);
        var latency = JudgeMany(Figures.Latency, pooled.Count - pooled.CountA, pooled.CountA, options, shuffles, random, groups => (pooled.Quantiles(groups.A), pooled.Quantiles(groups.B)));
        results.AddRange(latency);
        return results;
    }

    private static double[]? Rate(RecordedInterval[] all, IEnumerable<int> picks)
    {
        double n = 0, t = 0;
        foreach (var p in picks)
        {
            n += all[p].Ok + all[p].Fail;
            t += all[p].Seconds;
        }

        return t > 0 ? [n / t] : null;
    }

    private static double[]? FailRate(RecordedInterval[] all, IEnumerable<int> picks)
    {
        double f = 0, n = 0;
        foreach (var p in picks)
        {
            f += all[p].Fail;
            n += all[p].Ok + all[p].Fail;
        }

        return n > 0 ? [f / n] : null;
    }

    private static FigureResult Judge(Figure figure, int kb, int ka, ComparisonOptions options, int shuffles, Random random, Func<(IEnumerable<int> A, IEnumerable<int> B), (double[]? A, double[]? B)> statistic) =>
        JudgeMany([figure], kb, ka, options, shuffles, random, statistic)[0];

    /// <summary>
    /// Tests figures computed by <paramref name="statistic"/> over groups of pooled intervals (indices: the baseline's
    /// 0..ka-1, the current run's ka..ka+kb-1): observed, permuted (p-value) and bootstrapped within each run (interval).
    /// <para>
    /// Every figure gets <see cref="ComparisonOptions.Resamples"/> shuffles. A figure whose p-value is then below the
    /// level (the only ones a family-wise correction can flag) gets the same shuffles continued up to
    /// <paramref name="shuffles"/>, so that its p-value can go as low as a correction over the family needs. That
    /// p-value is still valid: it is at most t with probability at most t whatever the rule that chose to continue,
    /// because the figures continued are a subset of those the longer test would give.
    /// </para>
    /// </summary>
    private static List<FigureResult> JudgeMany(IReadOnlyList<Figure> figures, int kb, int ka, ComparisonOptions options, int shuffles, Random random, Func<(IEnumerable<int> A, IEnumerable<int> B), (double[]? A, double[]? B)> statistic)
    {
        var all = Enumerable.Range(0, ka + kb).ToArray();
        var (va, vb) = statistic((all[..ka], all[ka..]));
        var results = new List<FigureResult>();
        if (ka < options.MinIntervals || kb < options.MinIntervals || va is null || vb is null)
        {
            for (var f = 0; f < figures.Count; f++)
            {
                results.Add(new FigureResult(figures[f], va?[f], vb?[f], va is null || vb is null ? null : Change(figures[f], va[f], vb[f]), null, null, Verdict.NoDifference, null)
                {
                    Note = $"not judged: {Math.Min(ka, kb)} interval(s) with calls, the test needs {options.MinIntervals}",
                });
            }

            return results;
        }

        var observed = figures.Select((f, i) => Distance(f, va[i], vb[i])).ToArray();
        var atLeast = new int[figures.Count];
        var boot = figures.Select(_ => new double[options.Resamples]).ToArray();
        var shuffled = (int[])all.Clone();
        var drawA = new int[ka];
        var drawB = new int[kb];
        for (var r = 0; r < options.Resamples; r++)
        {
            var (pa, pb) = Shuffle(shuffled, ka, random, statistic);
            for (var i = 0; i < ka; i++)
            {
                drawA[i] = random.Next(ka);
            }

            for (var i = 0; i < kb; i++)
            {
                drawB[i] = ka + random.Next(kb);
            }

            var (ba, bb) = statistic((drawA, drawB));
            for (var f = 0; f < figures.Count; f++)
            {
                if (AtLeastAsFar(figures[f], pa, pb, f, observed[f]))
                {
                    atLeast[f]++;
                }

                boot[f][r] = ba is null || bb is null ? 0 : Distance(figures[f], ba[f], bb[f]);
            }
        }

        var alpha = 1 - options.Confidence;
        var done = Enumerable.Repeat(options.Resamples, figures.Count).ToArray();
        var more = Enumerable.Range(0, figures.Count).Where(f => (atLeast[f] + 1.0) / (options.Resamples + 1.0) < alpha).ToArray();
        if (more.Length > 0 && shuffles > options.Resamples)
        {
            for (var r = options.Resamples; r < shuffles; r++)
            {
                var (pa, pb) = Shuffle(shuffled, ka, random, statistic);
                foreach (var f in more)
                {
                    if (AtLeastAsFar(figures[f], pa, pb, f, observed[f]))
                    {
                        atLeast[f]++;
                    }
                }
            }

            foreach (var f in more)
            {
                done[f] = shuffles;
            }
        }

        for (var f = 0; f < figures.Count; f++)
        {
            var figure = figures[f];
            var (lo, hi) = Interval(boot[f], options.Confidence);
            string? note = figure == Figure.ErrorRate && va[f] == 0 && vb[f] == 0 ? "no errors in either run" : null;
            results.Add(new FigureResult(figure, va[f], vb[f], Change(figure, va[f], vb[f]), Back(figure, lo), Back(figure, hi), Verdict.NoDifference, note)
            {
                RawPValue = (atLeast[f] + 1.0) / (done[f] + 1.0),
                Shuffles = done[f],
            });
        }

        return results;
    }

    /// <summary>Whether a shuffle's change of figure <paramref name="f"/> is at least as large as the observed one.</summary>
    private static bool AtLeastAsFar(Figure figure, double[]? pa, double[]? pb, int f, double observed) =>
        pa is not null && pb is not null && Math.Abs(Distance(figure, pa[f], pb[f])) >= Math.Abs(observed) - 1e-12;

    /// <summary>One permutation of the pooled intervals (Fisher–Yates in place) and the statistic of its two groups.</summary>
    private static (double[]? A, double[]? B) Shuffle(int[] shuffled, int ka, Random random, Func<(IEnumerable<int> A, IEnumerable<int> B), (double[]? A, double[]? B)> statistic)
    {
        for (var i = shuffled.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        return statistic((shuffled[..ka], shuffled[ka..]));
    }

    /// <summary>The verdict of one figure from its family-wise p-value and its change (which must reach the smallest change reported).</summary>
    internal static Verdict Decide(FigureResult result, double adjustedP, ComparisonOptions options)
    {
        if (result.Change is not { } change || adjustedP >= 1 - options.Confidence)
        {
            return Verdict.NoDifference;
        }

        var min = result.Figure == Figure.ErrorRate ? options.MinErrorRateChange : options.MinRelativeChange;
        var worse = result.Figure == Figure.Throughput ? change <= -min : change >= min;
        var better = result.Figure == Figure.Throughput ? change >= min : change <= -min;
        return worse ? Verdict.Regression : better ? Verdict.Improvement : Verdict.NoDifference;
    }

    /// <summary>The change as the statistic sees it: log ratio (latency, throughput) or difference (error rate).</summary>
    private static double Distance(Figure figure, double a, double b) => figure == Figure.ErrorRate
        ? b - a
        : Math.Log(Math.Max(b, 1e-6) / Math.Max(a, 1e-6));

    private static double Back(Figure figure, double distance) => figure == Figure.ErrorRate ? distance : Math.Exp(distance) - 1;

    private static double Change(Figure figure, double a, double b) => figure == Figure.ErrorRate ? b - a : a > 0 ? (b / a) - 1 : 0;

    /// <summary>The percentile interval of the resampled changes at <paramref name="confidence"/> (two-sided).</summary>
    internal static (double Low, double High) Interval(double[] values, double confidence)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var tail = (1 - confidence) / 2;
        return (At(sorted, tail), At(sorted, 1 - tail));
    }

    private static double At(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(sorted.Length - 1, low + 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    /// <summary>Both runs' interval histograms over one shared, sorted table of values: a resample is a few array additions.</summary>
    private sealed class PooledIntervals
    {
        private readonly long[] _values;
        private readonly (int[] Index, long[] Count)[] _intervals;
        private readonly long[] _scratch;

        public PooledIntervals(IReadOnlyList<IReadOnlyList<(long Value, long Count)>> a, IReadOnlyList<IReadOnlyList<(long Value, long Count)>> b)
        {
            var all = a.Concat(b).SelectMany(i => i).Select(p => p.Value).Distinct().Order().ToArray();
            _values = all;
            var position = new Dictionary<long, int>(all.Length);
            for (var i = 0; i < all.Length; i++)
            {
                position[all[i]] = i;
            }

            var ia = Index(a, position);
            CountA = ia.Length;
            _intervals = [.. ia, .. Index(b, position)];
            _scratch = new long[all.Length];
        }

        /// <summary>Intervals with samples in both runs together.</summary>
        public int Count => _intervals.Length;

        /// <summary>Those of the baseline (the first <see cref="CountA"/>).</summary>
        public int CountA { get; }

        /// <summary>p50, p90, p99, p99.9 and max (ms) of the merged intervals; null when they hold nothing.</summary>
        public double[]? Quantiles(IEnumerable<int> picks)
        {
            Array.Clear(_scratch);
            long total = 0;
            foreach (var p in picks)
            {
                var (index, count) = _intervals[p];
                for (var i = 0; i < index.Length; i++)
                {
                    _scratch[index[i]] += count[i];
                    total += count[i];
                }
            }

            if (total == 0)
            {
                return null;
            }

            var result = new double[Figures.Latency.Count];
            var ranks = Figures.Latency.Select(f => f == Figure.Max ? total : Math.Max(1, (long)Math.Ceiling(Figures.Percentile(f) / 100 * total))).ToArray();
            long cumulative = 0;
            var next = 0;
            for (var v = 0; v < _scratch.Length && next < ranks.Length; v++)
            {
                cumulative += _scratch[v];
                while (next < ranks.Length && cumulative >= ranks[next])
                {
                    result[next++] = _values[v] / 1000.0;
                }
            }

            return result;
        }

        private static (int[] Index, long[] Count)[] Index(IReadOnlyList<IReadOnlyList<(long Value, long Count)>> run, Dictionary<long, int> position) =>
            [.. run.Where(i => i.Count > 0).Select(i => (i.Select(p => position[p.Value]).ToArray(), i.Select(p => p.Count).ToArray()))];
    }
}

/// <summary>
/// One figure of one row in both runs: the values (ms for latency, calls/s, a 0..1 fraction for the error rate), the
/// change (relative for latency and throughput, absolute for the error rate), its bootstrap interval and the verdict.
/// </summary>
public sealed record FigureResult(Figure Figure, double? Baseline, double? Current, double? Change, double? Low, double? High, Verdict Verdict, string? Note)
{
    /// <summary>
    /// The p-value the verdict uses: the permutation test's, adjusted for every figure judged with it (Holm; see
    /// <see cref="FamilyWise"/>). Null when the figure was not judged.
    /// </summary>
    public double? PValue { get; init; }

    /// <summary>The permutation test's own p-value for this figure alone (null when not judged).</summary>
    public double? RawPValue { get; init; }

    /// <summary>The shuffles behind <see cref="RawPValue"/>.</summary>
    public int? Shuffles { get; init; }

    /// <summary>The figure's name (p99, rps, fail_rate).</summary>
    public string Name => Figures.Name(Figure);
}
