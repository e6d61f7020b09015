using System.Text.RegularExpressions;
using MfaConformance.LoadEngine.Reporting;

namespace MfaConformance.LoadEngine.Tests.Reporting;

public sealed partial class SvgChartTests
{
    [Theory]
    [InlineData(75.4, false, new[] { 0d, 20, 40, 60, 80 })] // issue 20: the ticks read 20.74 / 41.49 / 62.23
    [InlineData(22, false, new[] { 0d, 5, 10, 15, 20, 25 })]
    [InlineData(336.42, false, new[] { 0d, 100, 200, 300, 400 })]
    [InlineData(0.9, false, new[] { 0, 0.2, 0.4, 0.6, 0.8, 1 })]
    [InlineData(20, false, new[] { 0d, 5, 10, 15, 20 })]
    [InlineData(1, true, new[] { 0d, 1 })]
    [InlineData(3, true, new[] { 0d, 1, 2, 3 })]
    public void NiceTicks_Maximum_GivesRoundStepsFromZeroToAtLeastIt(double max, bool integral, double[] expected) =>
        SvgChart.NiceTicks(max, integral).ShouldBe(expected, tolerance: 1e-9);

    [Fact]
    public void Line_Values_TickLabelsAreRoundNumbers()
    {
        var svg = SvgChart.Line("Latency", "ms", [1, 2, 3, 20], [("p99", "#000", [12.5, 75.4, 41.49, 62.23])]);

        Labels(svg, "y-tick").ShouldBe(["0", "20", "40", "60", "80"]);
        Labels(svg, "x-tick").ShouldBe(["0", "5", "10", "15", "20"]);
    }

    [Fact]
    public void Line_AllZeroWithEmptyText_SaysSoInsteadOfAnAxis()
    {
        var svg = SvgChart.Line("Errors per interval", "failed iterations", [1, 2], [("fail", "#c00", [0d, 0d])], emptyText: "no errors", integral: true);

        svg.ShouldContain(">no errors</text>");
        Labels(svg, "y-tick").ShouldBeEmpty("no axis reading 0, 0, 0, 0");
        svg.ShouldNotContain("<polyline");
    }

    [Fact]
    public void Line_MissingValue_LeavesAGapNotAZero()
    {
        var svg = SvgChart.Line("Latency", "ms", [1, 2, 3, 4, 5], [("p99", "#000", [10, 10, double.NaN, 10, 10])]);

        PolylineRegex().Matches(svg).Count.ShouldBe(2, "two runs of points around the interval without a value");
        svg.ShouldNotContain("NaN");
    }

    private static List<string> Labels(string svg, string cls) =>
        [.. Regex.Matches(svg, $"<text class=\"{cls}\"[^>]*>([^<]*)</text>").Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<polyline ")]
    private static partial Regex PolylineRegex();
}
