using System.Text.Json;
using MfaConformance.LoadEngine.Tests.Support;
using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine.Tests.Reporting;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "loadengine-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RunAsync_AllFormats_WritesTheFourFilesUnderTheRunFolder()
    {
        var result = await RunAsync();

        result.ReportFolder.ShouldBe(Path.Combine(_folder, "run-1"));
        result.ReportFiles.Select(Path.GetFileName).ShouldBe(["report.html", "report.md", "report.csv", "report.json", "latency.hlog"]);
        result.ReportFiles.ShouldAllBe(f => File.Exists(f));
    }

    [Fact]
    public async Task Html_ErrorsWithMarkupAndSecrets_AreEncodedAndRedacted()
    {
        var result = await RunAsync();

        var html = await File.ReadAllTextAsync(result.ReportFiles[0]);
        html.ShouldContain("&lt;script&gt;");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("hunter2");
        html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal).ShouldNotContain("http", Case.Insensitive);
    }

    [Fact]
    public async Task Html_Always_HasChartsThresholdsAndVerdict()
    {
        var result = await RunAsync();

        var html = await File.ReadAllTextAsync(result.ReportFiles[0]);
        html.ShouldContain("<svg");
        html.ShouldContain("Requests per second");
        html.ShouldContain("Latency percentiles");
        html.ShouldContain("Errors per interval");
        html.ShouldContain("FAILED");
        html.ShouldContain("fail_rate &lt; 1%");
    }

    [Fact]
    public async Task Json_Always_ParsesAndCarriesStatsAndSeries()
    {
        var result = await RunAsync();

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(result.ReportFiles[3]));
        var root = json.RootElement;
        root.GetProperty("verdict").GetString().ShouldBe("FAILED");
        var scenario = root.GetProperty("scenarios")[0];
        scenario.GetProperty("name").GetString().ShouldBe("report_me");
        scenario.GetProperty("total").GetProperty("ok").GetProperty("count").GetInt64().ShouldBe(8);
        scenario.GetProperty("total").GetProperty("overTime").GetArrayLength().ShouldBeGreaterThan(0);
        root.GetProperty("thresholds")[0].GetProperty("passed").GetBoolean().ShouldBeFalse();
        root.GetRawText().ShouldNotContain("hunter2");
    }

    [Fact]
    public async Task Csv_Always_HasOneRowPerScenarioAndStep()
    {
        var result = await RunAsync();

        var lines = await File.ReadAllLinesAsync(result.ReportFiles[2]);
        lines[0].ShouldStartWith("scenario,level,step,ok_count,fail_count");
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith("report_me,scenario,,8,2");
        lines[2].ShouldStartWith("report_me,step,call,8,2");
    }

    [Fact]
    public async Task Markdown_Always_ShowsThresholdVerdicts()
    {
        var result = await RunAsync();

        var md = await File.ReadAllTextAsync(result.ReportFiles[1]);
        md.ShouldContain("**Verdict: FAILED**");
        md.ShouldContain("| `fail_rate < 1%` | **FAIL** | 20% |");
        md.ShouldNotContain("hunter2");
        md.ShouldContain("- **report_me**: IterationsForConstant(copies: 1, iterations: 10)");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<LoadRunResult> RunAsync()
    {
        var clock = new ManualLoadClock();
        var scenario = Scenario.Create("report_me", async ctx => await Step.Run("call", ctx, () =>
            {
                clock.Advance(TimeSpan.FromMilliseconds(30));
                return Task.FromResult(ctx.InvocationNumber % 5 == 0
                    ? Response.Fail(statusCode: "401", errorCode: "1505", message: "<script>alert(1)</script> password=hunter2")
                    : Response.Ok(statusCode: "200", bytesSent: 10, bytesReceived: 20));
            }))
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 10));
        return TestRuns.Builder(clock, scenario)
            .WithThresholds("fail_rate < 1%")
            .WithReportFolder(_folder)
            .WithRunId("run-1")
            .WithReportFormats(ReportFormat.Html, ReportFormat.Md, ReportFormat.Csv, ReportFormat.Json)
            .RunAsync();
    }
}
