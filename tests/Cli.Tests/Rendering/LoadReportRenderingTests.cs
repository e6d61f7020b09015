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
