using HdrHistogram;
using MfaConformance.LoadEngine.Histograms;

namespace MfaConformance.LoadEngine.Tests.Histograms;

public sealed class LatencyHistogramTests
{
    private static readonly double[] Percentiles = [50, 75, 90, 95, 99, 99.9];

    public static TheoryData<string> Distributions => new() { "uniform", "exponential", "bimodal" };

    [Theory]
    [MemberData(nameof(Distributions))]
    public void ValueAtPercentile_KnownDistribution_WithinOnePercentOfExact(string distribution)
    {
        var values = Generate(distribution, 200_000);
        var histogram = new LatencyHistogram();
        foreach (var v in values)
        {
            histogram.Record(v);
        }

        var sorted = values.Order().ToArray();
        foreach (var p in Percentiles)
        {
            var exact = sorted[(int)Math.Ceiling(p / 100 * sorted.Length) - 1];
            var measured = histogram.ValueAtPercentile(p);
            ((double)Math.Abs(measured - exact)).ShouldBeLessThanOrEqualTo(exact * 0.01, $"{distribution} p{p}: exact {exact}, measured {measured}");
        }
    }

    [Fact]
    public void MinMaxMeanCount_AfterRecording_AreExact()
    {
        var histogram = new LatencyHistogram();
        long[] values = [5, 1_234_567, 999, 42];
        foreach (var v in values)
        {
            histogram.Record(v);
        }

        histogram.Count.ShouldBe(4);
        histogram.Min.ShouldBe(5);
        histogram.Max.ShouldBe(1_234_567);
        histogram.Mean.ShouldBe(values.Average());
        histogram.ValueAtPercentile(100).ShouldBe(1_234_567);
    }

    [Fact]
    public void Merge_TwoHistograms_EqualsOneBuiltFromBothInputs()
    {
        var a = Generate("exponential", 50_000);
        var b = Generate("bimodal", 70_000);
        var left = new LatencyHistogram();
        var right = new LatencyHistogram();
        var both = new LatencyHistogram();
        foreach (var v in a)
        {
            left.Record(v);
            both.Record(v);
        }

        foreach (var v in b)
        {
            right.Record(v);
            both.Record(v);
        }

        left.Merge(right);

        left.Hdr.RecordedValues().Select(v => (v.ValueIteratedTo, v.CountAtValueIteratedTo))
            .ShouldBe(both.Hdr.RecordedValues().Select(v => (v.ValueIteratedTo, v.CountAtValueIteratedTo)), "every bucket count");

        foreach (var p in Percentiles)
        {
            left.ValueAtPercentile(p).ShouldBe(both.ValueAtPercentile(p), $"p{p}");
        }

        left.Count.ShouldBe(both.Count);
        left.Min.ShouldBe(both.Min);
        left.Max.ShouldBe(both.Max);
        left.Mean.ShouldBe(both.Mean);
    }

    [Fact]
    public void Record_ConcurrentWriters_CountsEveryValue()
    {
        var histogram = new LatencyHistogram();
        Parallel.For(0, 8, _ =>
        {
            for (var i = 1; i <= 10_000; i++)
            {
                histogram.Record(i);
            }
        });

        histogram.Count.ShouldBe(80_000);
        histogram.Max.ShouldBe(10_000);
        histogram.Min.ShouldBe(1);
    }

    [Fact]
    public void Record_OutOfRangeValues_AreClamped()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(-5);
        histogram.Record(long.MaxValue);

        histogram.Min.ShouldBe(0);
        histogram.Max.ShouldBe(LatencyHistogram.HighestTrackableValue);
    }

    [Fact]
    public void ValueAtPercentile_AnyValue_WithinHdrHistogramsThreeDigits()
    {
        var histogram = new LatencyHistogram();
        long[] values = [1, 999, 1_001, 123_456, 9_876_543, 1_000_000_000];
        foreach (var v in values)
        {
            histogram.Reset();
            histogram.Record(v);
            histogram.Record(v + 1);

            ((double)Math.Abs(histogram.ValueAtPercentile(50) - v)).ShouldBeLessThanOrEqualTo(Math.Max(1, v * 0.001), $"value {v}");
        }
    }

    [Fact]
    public void ValueAtPercentile_EmptyThenOutOfRange_IsZeroThenTheMaximum()
    {
        var histogram = new LatencyHistogram();

        histogram.ValueAtPercentile(99).ShouldBe(0);
        histogram.Record(7);
        histogram.ValueAtPercentile(101).ShouldBe(7, "percentiles beyond 100 read as the maximum");
    }

    private static long[] Generate(string distribution, int n)
    {
        var random = new Random(1234);
        return distribution switch
        {
            "uniform" => Enumerable.Range(0, n).Select(_ => (long)random.Next(100, 2_000_000)).ToArray(),
            "exponential" => Enumerable.Range(0, n).Select(_ => 50 + (long)(-Math.Log(1 - random.NextDouble()) * 20_000)).ToArray(),
            _ => Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.9 ? (long)random.Next(800, 1_200) : (long)random.Next(200_000, 300_000)).ToArray(),
        };
    }
}
