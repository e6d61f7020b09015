using MfaConformance.LoadEngine.Comparison;

namespace MfaConformance.LoadEngine.Tests.Comparison;

/// <summary>
/// The statistic behind `compare` on synthetic interval histograms: two runs drawn from one distribution are judged
/// "no difference" (A/A), one shifted by a planted delay is a regression on that row (A/B), a single stalled second is
/// no regression, and errors count.
/// </summary>
public sealed class IntervalTestTests
{
    private static readonly ComparisonOptions Options = new() { Resamples = 400 };

    [Fact]
    public void SameDistribution_TwentyPairs_AtLeast95PercentOfFiguresNoDifference()
    {
        int figures = 0, same = 0;
        for (var pair = 0; pair < 20; pair++)
        {
            var a = Row(seed: 100 + pair, intervals: 15, perInterval: 20);
            var b = Row(seed: 500 + pair, intervals: 15, perInterval: 20);
            foreach (var f in IntervalTest.Compare(a, b, Options))
            {
                figures++;
                same += f.Verdict == Verdict.NoDifference ? 1 : 0;
            }
        }

        figures.ShouldBe(20 * Figures.All.Count);
        ((double)same / figures).ShouldBeGreaterThanOrEqualTo(0.95, $"{same} of {figures} no difference");
    }

    [Fact]
    public void Shifted_By20ms_IsARegressionOfTheLatencyFigures_AndTheReverseAnImprovement()
    {
        var a = Row(seed: 1, intervals: 12, perInterval: 20);
        var b = Row(seed: 2, intervals: 12, perInterval: 20, addMs: 20);

        var worse = IntervalTest.Compare(a, b, Options).ToDictionary(f => f.Figure);
        var better = IntervalTest.Compare(b, a, Options).ToDictionary(f => f.Figure);

        foreach (var figure in new[] { Figure.P50, Figure.P90, Figure.P99 })
        {
            worse[figure].Verdict.ShouldBe(Verdict.Regression, figure.ToString());
            worse[figure].Change!.Value.ShouldBeGreaterThan(1);
            worse[figure].Low!.Value.ShouldBeGreaterThan(0);
            worse[figure].PValue!.Value.ShouldBeLessThan(0.01);
            better[figure].Verdict.ShouldBe(Verdict.Improvement, figure.ToString());
        }

        worse[Figure.Throughput].Verdict.ShouldBe(Verdict.NoDifference);
        worse[Figure.ErrorRate].Verdict.ShouldBe(Verdict.NoDifference);
        worse[Figure.ErrorRate].Note.ShouldBe("no errors in either run");
    }

    [Fact]
    public void OneStalledSecond_InTheCurrentRun_IsNoRegressionOfTheTail()
    {
        var a = Row(seed: 3, intervals: 15, perInterval: 20);
        var b = Row(seed: 4, intervals: 15, perInterval: 20, stalledInterval: 7);

        var results = IntervalTest.Compare(a, b, Options).ToDictionary(f => f.Figure);

        results[Figure.Max].Change!.Value.ShouldBeGreaterThan(10, "the stall is in the figures");
        results[Figure.Max].Verdict.ShouldBe(Verdict.NoDifference);
        results[Figure.P999].Verdict.ShouldBe(Verdict.NoDifference);
        results[Figure.P50].Verdict.ShouldBe(Verdict.NoDifference);
    }

    [Fact]
    public void ErrorsInEveryInterval_AreARegressionOfTheErrorRate()
    {
        var a = Row(seed: 5, intervals: 10, perInterval: 20);
        var b = Row(seed: 6, intervals: 10, perInterval: 20, failPerInterval: 2);

        var rate = IntervalTest.Compare(a, b, Options).Single(f => f.Figure == Figure.ErrorRate);

        rate.Verdict.ShouldBe(Verdict.Regression);
        rate.Current!.Value.ShouldBe(2.0 / 22, 1e-9);
        rate.Change!.Value.ShouldBe(2.0 / 22, 1e-9);
    }

    [Fact]
    public void TooFewIntervals_AreNotJudged_AndSaySo()
    {
        var a = Row(seed: 7, intervals: 3, perInterval: 20);
        var b = Row(seed: 8, intervals: 3, perInterval: 20, addMs: 50);

        var results = IntervalTest.Compare(a, b, Options);

        results.ShouldAllBe(f => f.Verdict == Verdict.NoDifference);
        results.Single(f => f.Figure == Figure.P50).Note!.ShouldContain("not judged: 3 interval(s)");
    }

    [Fact]
    public void Compare_SameFoldersTwice_GivesTheSameVerdicts()
    {
        var a = new RecordedRun("a", "a", null, [Row(seed: 9, intervals: 10, perInterval: 20)]);
        var b = new RecordedRun("b", "b", null, [Row(seed: 10, intervals: 10, perInterval: 20, addMs: 0.3)]);

        var first = RunComparison.Compare(a, b).JudgedFigures.Select(x => (x.Figure.Verdict, x.Figure.PValue)).ToList();
        var second = RunComparison.Compare(a, b).JudgedFigures.Select(x => (x.Figure.Verdict, x.Figure.PValue)).ToList();

        second.ShouldBe(first);
    }

    [Fact]
    public void Holm_AdjustsTheSortedPValues_StepDown_AndLeavesTheUnjudgedOut()
    {
        var adjusted = FamilyWise.AdjustedPValues([0.04, null, 0.001, 0.01, 0.5]);

        // m = 4: 0.001 × 4, 0.01 × 3, 0.04 × 2, 0.5 × 1; never smaller than the step before.
        adjusted[2]!.Value.ShouldBe(0.004, 1e-12);
        adjusted[3]!.Value.ShouldBe(0.03, 1e-12);
        adjusted[0]!.Value.ShouldBe(0.08, 1e-12);
        adjusted[4]!.Value.ShouldBe(0.5, 1e-12);
        adjusted[1].ShouldBeNull();
        FamilyWise.AdjustedPValues([0.02, 0.011]).ShouldBe([0.022, 0.022]);
        FamilyWise.AdjustedPValues([0.9, 0.8]).ShouldBe([1.0, 1.0]);
    }

    [Fact]
    public void ShufflesFor_TheFamily_LetAFigureReachAQuarterOfHolmsFirstStep()
    {
        var options = new ComparisonOptions();
        var shuffles = options.ShufflesFor(42);

        (1.0 / (shuffles + 1)).ShouldBeLessThanOrEqualTo(0.01 / 42 / 4);
        shuffles.ShouldBe(16_800, "4 × 42 / 1%: no more than needed");
        options.ShufflesFor(1).ShouldBe(options.Resamples);
    }

    [Fact]
    public void SameSystem_FortyComparisonsOfSixRows_FlagAnyFigureRarely_WhereTheFiguresAloneWouldOften()
    {
        // 40 comparisons of 42 figures each, both runs drawn from one distribution. Family-wise at 1%: about 0.4 of the
        // 40 comparisons may flag something; judged one by one at 1%, far more would.
        int flagged = 0, flaggedAlone = 0;
        for (var pair = 0; pair < 40; pair++)
        {
            var comparison = RunComparison.Compare(Run("a", 10_000 + (pair * 10)), Run("b", 20_000 + (pair * 10)), options: Options);
            var figures = comparison.JudgedFigures.Select(x => x.Figure).ToList();
            figures.Count.ShouldBe(42);
            flagged += figures.Any(f => f.Verdict != Verdict.NoDifference) ? 1 : 0;
            flaggedAlone += figures.Any(f => f.RawPValue < 0.01 && Math.Abs(f.Change!.Value) >= 0.05) ? 1 : 0;
        }

        flagged.ShouldBeLessThanOrEqualTo(2, $"{flagged} of 40 comparisons of one system flagged a figure");
        flaggedAlone.ShouldBeGreaterThan(flagged, "judged alone, the figures would have flagged more comparisons");
    }

    [Fact]
    public void OneStepSlowed_AmongSix_IsTheOnlyRowFlagged_AfterTheFamilyWiseAdjustment()
    {
        for (var pair = 0; pair < 5; pair++)
        {
            var baseline = Run("a", 30_000 + (pair * 10));
            var current = Run("b", 40_000 + (pair * 10), slowed: "mfa_password_validate", addMs: 20);

            var comparison = RunComparison.Compare(baseline, current, options: Options);

            var flagged = comparison.Rows.Where(r => r.Figures.Any(f => f.Verdict == Verdict.Regression)).Select(r => r.StepLabel).ToList();
            flagged.ShouldBe(["mfa_password_validate"], $"pair {pair}");
            var p50 = comparison.Rows.Single(r => r.Step == "mfa_password_validate").Figures.Single(f => f.Figure == Figure.P50);
            p50.Shuffles.ShouldBe(Options.ShufflesFor(42), "a figure that may be flagged gets the family's shuffles");
            p50.PValue!.Value.ShouldBeLessThan(0.01);
            p50.PValue!.Value.ShouldBeGreaterThanOrEqualTo(p50.RawPValue!.Value);
        }
    }

    /// <summary>Six steps of one scenario, each about 1 ms, 15 one-second intervals of 20 calls.</summary>
    private static RecordedRun Run(string id, int seed, string? slowed = null, double addMs = 0)
    {
        string[] steps = ["token_generate", "mfa_password_validate", "mfa_otp_generate", "mfa_otp_validate", "user_profile", "token_regenerate"];
        return new RecordedRun(id, id, null, [.. steps.Select((step, i) => Row(seed + i, intervals: 15, perInterval: 20, addMs: step == slowed ? addMs : 0, step: step))]);
    }

    /// <summary>A step whose latency is about 1 ms (log-normal, a tail to ~10 ms), <paramref name="perInterval"/> ok calls a second.</summary>
    internal static RecordedRow Row(int seed, int intervals, int perInterval, double addMs = 0, int? stalledInterval = null, int failPerInterval = 0, string step = "mfa_password_validate")
    {
        var random = new Random(seed);
        var latency = new List<IReadOnlyList<(long, long)>>();
        var counts = new List<RecordedInterval>();
        for (var i = 0; i < intervals; i++)
        {
            var values = new SortedDictionary<long, long>();
            for (var n = 0; n < perInterval; n++)
            {
                var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                var ms = Math.Exp(normal * 0.6) + addMs + (i == stalledInterval ? 400 : 0);
                var micros = (long)Math.Round(ms * 1000);
                values[micros] = values.GetValueOrDefault(micros) + 1;
            }

            latency.Add([.. values.Select(p => (p.Key, p.Value))]);
            counts.Add(new RecordedInterval(perInterval, failPerInterval, 1));
        }

        return new RecordedRow("returning_user_login", step, counts, latency);
    }
}
