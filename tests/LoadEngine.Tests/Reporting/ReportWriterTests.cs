using System.Text.Json;
using MfaConformance.LoadEngine.Reporting;
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
        md.ShouldContain("| `fail_rate < 1%` | threshold | **FAIL** | 20% |");
        md.ShouldNotContain("hunter2");
        md.ShouldContain("- **report_me**: IterationsForConstant(copies: 1, iterations: 10)");
    }

    [Fact]
    public async Task Csv_NoErrors_LeavesTheErrorCellsEmpty()
    {
        // issue 20: "the CSV writes '- in empty error cells"
        var result = await RunAsync(failEvery: 0);

        var lines = await File.ReadAllLinesAsync(result.ReportFiles[2]);
        lines[1].ShouldEndWith(",0,0,,", customMessage: "late and dropped starts 0, errors by status and by code empty");
        lines[2].ShouldEndWith(",,,,", customMessage: "a step row has no start counts and no errors");
        string.Concat(lines).ShouldNotContain("'-");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("-", "'-")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("401: 2, 500: 1", "\"401: 2, 500: 1\"")]
    public void CsvCell_Text_GuardsFormulasAndLeavesEmptyEmpty(string text, string expected) =>
        CsvReportWriter.Cell(text).ShouldBe(expected);

    [Fact]
    public void CsvCell_NegativeNumber_IsNotPrefixed() => CsvReportWriter.Cell(-1.5).ShouldBe("-1.5");

    [Fact]
    public async Task Html_AbortLimit_SaysItIsTheAbortLimitAndWhatItDoes()
    {
        // issue 20: "every report shows an implicit fail_rate < 50% threshold without saying that it is the abort limit"
        var result = await RunAsync(abortLimit: true);

        var html = await File.ReadAllTextAsync(result.ReportFiles[0]);
        html.ShouldContain("<td class=\"l\"><code>fail_rate &lt; 50%</code></td><td class=\"l\">abort limit</td>");
        html.ShouldContain("abort limit: checked every 1s once 10s were measured; failing it stops the run");
        html.ShouldContain("the target is down");
        html.ShouldContain("An abort limit is a threshold that is also checked while the run goes on");
        html.ShouldContain("<td class=\"l\"><code>fail_rate &lt; 1%</code></td><td class=\"l\">threshold</td>");
    }

    [Fact]
    public async Task Markdown_AbortLimit_SaysItIsTheAbortLimit()
    {
        var result = await RunAsync(abortLimit: true);

        var md = await File.ReadAllTextAsync(result.ReportFiles[1]);
        md.ShouldContain("| `fail_rate < 50%` | abort limit | pass | 20% | abort limit: checked every 1s once 10s were measured; failing it stops the run; the target is down |");
        md.ShouldContain("An abort limit is a threshold that is also checked while the run goes on");
    }

    [Fact]
    public async Task Json_AbortLimit_IsMarked()
    {
        var result = await RunAsync(abortLimit: true);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(result.ReportFiles[3]));
        var limit = json.RootElement.GetProperty("thresholds")[1];
        limit.GetProperty("expression").GetString().ShouldBe("fail_rate < 50%");
        limit.GetProperty("abortLimit").GetBoolean().ShouldBeTrue();
        limit.GetProperty("abortCheckAfterSeconds").GetDouble().ShouldBe(10);
        json.RootElement.GetProperty("thresholds")[0].GetProperty("abortLimit").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Html_NoErrors_ErrorsChartSaysNoErrorsInsteadOfAnAxis()
    {
        // issue 20: "the errors chart's axis reads 0, 0, 0, 0"
        var result = await RunAsync(failEvery: 0);

        var html = await File.ReadAllTextAsync(result.ReportFiles[0]);
        var errors = html[html.IndexOf("<title>Errors per interval</title>", StringComparison.Ordinal)..];
        errors = errors[..errors.IndexOf("</svg>", StringComparison.Ordinal)];
        errors.ShouldContain(">no errors</text>");
        errors.ShouldNotContain("y-tick");
    }

    [Fact]
    public async Task Html_StepsTable_IsSplitAndNamesTheScenarioOnARowOfItsOwn()
    {
        // issue 20: "at 1400 px the steps table pushes the errors-by-status and by-code columns off screen" (the width itself: tests/Cli.Tests/Rendering)
        var result = await RunAsync();

        var html = await File.ReadAllTextAsync(result.ReportFiles[0]);
        html.ShouldContain("<h2>Starts and errors</h2>");
        html.ShouldContain("<tr><th class=\"l group\" colspan=\"17\">report_me</th></tr>");
        var steps = html[html.IndexOf("<table class=\"steps\">", StringComparison.Ordinal)..];
        steps[..steps.IndexOf("</table>", StringComparison.Ordinal)].ShouldNotContain("errors by");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<LoadRunResult> RunAsync(int failEvery = 5, bool abortLimit = false)
    {
        var clock = new ManualLoadClock();
        var scenario = Scenario.Create("report_me", async ctx => await Step.Run("call", ctx, () =>
            {
                clock.Advance(TimeSpan.FromMilliseconds(30));
                return Task.FromResult(failEvery > 0 && ctx.InvocationNumber % failEvery == 0
                    ? Response.Fail(statusCode: "401", errorCode: "1505", message: "<script>alert(1)</script> password=hunter2")
                    : Response.Ok(statusCode: "200", bytesSent: 10, bytesReceived: 20));
            }))
            .WithLoadSimulations(Simulation.IterationsForConstant(1, 10));
        var builder = TestRuns.Builder(clock, scenario)
            .WithThresholds("fail_rate < 1%")
            .WithReportFolder(_folder)
            .WithRunId("run-1")
            .WithReportFormats(ReportFormat.Html, ReportFormat.Md, ReportFormat.Csv, ReportFormat.Json);
        if (abortLimit)
        {
            builder.WithThresholds(LoadEngine.Thresholds.Threshold.Parse("fail_rate < 50%", abortOnFail: true, startCheckAfter: TimeSpan.FromSeconds(10)) with { Description = "the target is down" });
        }

        return builder.RunAsync();
    }
}
