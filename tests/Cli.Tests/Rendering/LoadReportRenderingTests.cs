using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MfaConformance.Cli.Load;
using MfaConformance.Cli.Tests.Support;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Tests.Rendering;

/// <summary>
/// A real load report (a short run against the embedded reference server) in headless Chromium at 1280 px: nothing
/// overflows the page, the charts end on the last interval's traffic (not on a zero) and their ticks are round (issue 20).
/// </summary>
public sealed partial class LoadReportRenderingTests : IDisposable
{
    private const int PageWidth = 1280;
    private readonly TempFolder _folder = new();

    [ChromiumFact]
    public async Task LoadReport_1280Pixels_FitsTheWidthWithRoundTicksAndNoFinalZero()
    {
        var settings = new HarnessSettings { ReportsFolder = _folder.Path, LoadDuration = TimeSpan.FromSeconds(4), LoadRate = 10 };
        var options = new LoadRunOptions { Scenario = "returning_user_login", WarmUp = TimeSpan.Zero, ConsoleProgress = false, HandleCtrlC = false };
        var outcome = await new LoadRunnerService().RunAsync(settings, options, CancellationToken.None);
        outcome.ReportFolder.ShouldNotBeNull(outcome.Error);
        var overTime = LastIntervals(Path.Combine(outcome.ReportFolder, "report.json"));
        overTime[^1].GetProperty("okCount").GetInt64().ShouldBeGreaterThan(0, "the JSON's last interval had traffic: no trailing empty interval");
        var markdown = await File.ReadAllTextAsync(Path.Combine(outcome.ReportFolder, "report.md"));
        markdown.ShouldContain("| `fail_rate(scenario=returning_user_login) < 50%` | abort limit |", Case.Sensitive, "the implicit limit is named as the abort limit");
        markdown.ShouldContain("abort limit: checked every 1s once 10s were measured; failing it stops the run; kept by every run whatever its thresholds: more than half of the iterations failing means the target is down or overloaded");

        var render = await Chromium.DumpDomAsync(Measured(Path.Combine(outcome.ReportFolder, "report.html")), PageWidth);

        using var measured = JsonDocument.Parse(MeasuredRegex().Match(render.Dom).Groups[1].Value);
        measured.RootElement.GetProperty("innerWidth").GetInt32().ShouldBe(PageWidth);
        measured.RootElement.GetProperty("scrollWidth").GetInt32().ShouldBeLessThanOrEqualTo(PageWidth, "no horizontal scrolling at 1280 px");
        measured.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetInt32()).ShouldAllBe(right => right <= PageWidth, "every table ends inside the page");
        render.ConsoleMessages.ShouldBeEmpty();

        var charts = ChartRegex().Matches(render.Dom).Select(m => m.Value).ToList();
        charts.Count.ShouldBe(3);
        foreach (var chart in charts.Take(2))
        {
            var title = TitleRegex().Match(chart).Groups[1].Value;
            var last = PolylineRegex().Matches(chart).Select(m => m.Groups[1].Value.Split(' ')[^1]).ToList();
            last.ShouldNotBeEmpty(title);
            var zero = double.Parse(ZeroTickRegex().Match(chart).Groups[1].Value, CultureInfo.InvariantCulture) - 4; // the label sits 4 px under its line
            double.Parse(last[0].Split(',')[1], CultureInfo.InvariantCulture).ShouldBeLessThan(zero, $"{title}: the first series ends above zero (its last interval had traffic)");
            RoundTicks(chart, "y-tick", title);
            RoundTicks(chart, "x-tick", title);
        }

        charts[2].ShouldContain(">no errors</text>", Case.Sensitive, "the run had no errors: no axis of zeros");
    }

    [ChromiumFact]
    public async Task LoadReport_WidestFigures_StillFits1280Pixels()
    {
        // the longest scenario name of `load --list`, five-digit latencies, gigabytes, many error codes and statuses
        var clock = new LoadEngine.Timing.ManualLoadClock();
        var scenario = LoadEngine.Scenario.Create("a_first_time_customer_sets_an_mfa_password_and_completes_mfa_with_the_mfa_otp", async ctx =>
            {
                await LoadEngine.Step.Run("mfa_password_validate", ctx, () => Task.FromResult(LoadEngine.Response.Ok(statusCode: "200", bytesSent: 123_456_789, bytesReceived: 987_654_321)));
                return await LoadEngine.Step.Run("token_regenerate_with_the_mfa_key", ctx, () =>
                {
                    clock.Advance(TimeSpan.FromSeconds(12.3456));
                    var n = ctx.InvocationNumber;
                    return Task.FromResult(n % 2 == 0
                        ? LoadEngine.Response.Ok(statusCode: "200", bytesSent: 123_456_789_012)
                        : LoadEngine.Response.Fail(statusCode: (400 + n).ToString(CultureInfo.InvariantCulture), errorCode: (1500 + n).ToString(CultureInfo.InvariantCulture), message: "the MFA password was refused"));
                });
            })
            .WithLoadSimulations(LoadEngine.Simulation.IterationsForConstant(1, 24));
        var result = await LoadEngine.LoadRunner.RegisterScenarios(scenario)
            .WithClock(clock).WithConsoleProgress(false).WithCtrlCHandling(false).WithConsole(TextWriter.Null)
            .WithThresholds("p99(step=token_regenerate_with_the_mfa_key) < 500ms", "fail_rate(scenario=a_first_time_customer_sets_an_mfa_password_and_completes_mfa_with_the_mfa_otp) < 1%")
            .WithReportFolder(_folder.Path).WithRunId("widest").WithReportFormats(LoadEngine.ReportFormat.Html)
            .RunAsync();

        var render = await Chromium.DumpDomAsync(Measured(result.ReportFiles[0]), PageWidth);

        using var measured = JsonDocument.Parse(MeasuredRegex().Match(render.Dom).Groups[1].Value);
        measured.RootElement.GetProperty("scrollWidth").GetInt32().ShouldBeLessThanOrEqualTo(PageWidth, "no horizontal scrolling at 1280 px");
        measured.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetInt32()).ShouldAllBe(right => right <= PageWidth, "every table ends inside the page");
    }

    public void Dispose() => _folder.Dispose();

    private static void RoundTicks(string chart, string kind, string title)
    {
        var ticks = TickRegex(kind).Matches(chart).Select(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        ticks.Count.ShouldBeGreaterThanOrEqualTo(2, $"{title} {kind}");
        ticks[0].ShouldBe(0, $"{title} {kind} start at 0");
        var step = ticks[1] - ticks[0];
        ticks.Zip(ticks.Skip(1), (a, b) => b - a).ShouldAllBe(d => d == step, $"{title} {kind} evenly spaced: {string.Join(", ", ticks)}");
        while (step >= 10)
        {
            step /= 10;
        }

        while (step < 1)
        {
            step *= 10;
        }

        new[] { 1m, 2m, 5m }.ShouldContain(step, $"{title} {kind} step is 1, 2 or 5 × 10^k: {string.Join(", ", ticks)}");
    }

    private static List<JsonElement> LastIntervals(string json)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        return [.. doc.RootElement.GetProperty("scenarios")[0].GetProperty("total").GetProperty("overTime").EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>A copy of the page that writes its own measurements into the DOM (the report itself has no script).</summary>
    private string Measured(string page)
    {
        const string script = "<script>(function(){var p=document.createElement('pre');p.id='measured';p.textContent=JSON.stringify({innerWidth:innerWidth,"
            + "scrollWidth:document.documentElement.scrollWidth,tables:[].map.call(document.querySelectorAll('table'),function(t){return Math.ceil(t.getBoundingClientRect().right);})});"
            + "document.body.appendChild(p);})();</script>";
        var html = File.ReadAllText(page);
        var at = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return _folder.Write("measured.html", html[..at] + script + html[at..]);
    }

    private static Regex TickRegex(string kind) => new($"<text class=\"{kind}\"[^>]*>([^<]*)</text>");

    [GeneratedRegex("<pre id=\"measured\">([^<]*)</pre>")]
    private static partial Regex MeasuredRegex();

    [GeneratedRegex("<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex ChartRegex();

    [GeneratedRegex("<text class=\"y-tick\" x=\"[^\"]*\" y=\"([^\"]*)\"[^>]*>0</text>")]
    private static partial Regex ZeroTickRegex();

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleRegex();

    [GeneratedRegex("<polyline [^>]*points=\"([^\"]*)\"")]
    private static partial Regex PolylineRegex();
}
