using MfaConformance.Cli.Conformance;

namespace MfaConformance.Cli.Tests.Conformance;

public sealed class SuiteProgressTests
{
    [Fact]
    public void Line_ALargeSuiteLongRun_FitsEightyColumns()
    {
        var time = new ManualClock();
        var progress = new SuiteProgress(TextWriter.Null, "accept", 99_999, terminal: true, time);
        time.Now += TimeSpan.FromHours(3).Ticks;

        var line = progress.Line(99_998, 99_997);

        line.Length.ShouldBeLessThanOrEqualTo(SuiteProgress.MaxWidth);
        line.ShouldStartWith("accept [");
    }

    [Fact]
    public void Report_OnATerminal_RedrawsOneLineInPlaceThenEndsIt()
    {
        using var output = new StringWriter();
        var progress = new SuiteProgress(output, "verify", 3, terminal: true, new ManualClock());

        progress.Report(1, 0);
        progress.Report(2, 1);
        progress.Complete();

        var text = output.ToString();
        text.Split('\r', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
        text.ShouldContain("   2/3 scenarios, 1 failed, 0:00");
        text.Split('\n').Length.ShouldBe(2, "one line, ended once");
    }

    [Fact]
    public void Report_NotATerminal_WritesAPlainLineAtEachTenth()
    {
        using var output = new StringWriter();
        var progress = new SuiteProgress(output, "verify", 333, terminal: false, new ManualClock());

        for (var i = 1; i <= 333; i++)
        {
            progress.Report(i, i / 100);
        }

        progress.Complete();

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(10);
        lines[^1].ShouldBe("verify: 333 of 333 scenarios done, 3 failed (0:00)");
        output.ToString().ShouldNotContain("[#");
    }

    private sealed class ManualClock : TimeProvider
    {
        public long Now { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Now;
    }
}
