using HdrHistogram;
using MfaConformance.LoadEngine.Histograms;
using MfaConformance.LoadEngine.Tests.Support;

namespace MfaConformance.LoadEngine.Tests.Reporting;

public sealed class HlogWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hlog-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void HistogramCodec_RoundTrip_KeepsEveryCount()
    {
        var histogram = new LatencyHistogram();
        foreach (var v in new long[] { 1, 10, 999, 12_345, 12_346, 5_000_000 })
        {
            histogram.Record(v);
        }

        var decoded = HistogramCodec.Decode(HistogramCodec.Encode(histogram.Hdr));

        decoded.TotalCount.ShouldBe(6);
        decoded.GetValueAtPercentile(50).ShouldBe(histogram.Hdr.GetValueAtPercentile(50));
        decoded.GetMaxValue().ShouldBe(histogram.Hdr.GetMaxValue());
    }

    [Fact]
    public async Task RunAsync_WithReports_WritesAStandardIntervalLogThatHdrHistogramReadsBack()
    {
        var clock = TestRuns.VirtualClock();
        var scenario = Scenario.Create("logged", async ctx => await Step.Run("only", ctx, () =>
            {
                clock.Advance(TimeSpan.FromMilliseconds(20));
                return Task.FromResult(Response.Ok());
            }))
            .WithLoadSimulations(Simulation.Inject(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)));

        var result = await TestRuns.Builder(clock, scenario).WithReportFolder(_folder).WithReportFormats(ReportFormat.Md).RunAsync();

        var path = result.ReportFiles.Single(f => f.EndsWith(".hlog", StringComparison.Ordinal));
        using var stream = File.OpenRead(path);
        using var reader = new HistogramLogReader(stream);
        var histograms = reader.ReadHistograms().ToList();
        histograms.Select(h => h.Tag).Distinct().Order(StringComparer.Ordinal).ShouldBe(["logged", "logged/only"]);
        histograms.Where(h => h.Tag == "logged/only").Sum(h => h.TotalCount).ShouldBe(30);
        histograms.Where(h => h.Tag == "logged").Sum(h => h.TotalCount).ShouldBe(result.Stats.Scenarios[0].Total.Ok.Count);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
