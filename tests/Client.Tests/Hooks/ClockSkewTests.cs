using MfaConformance.Client.Hooks;
namespace MfaConformance.Client.Tests.Hooks;

public sealed class ClockSkewTests
{
    private static readonly DateTimeOffset Real = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);

    // "the load stage of `accept` prints the target's clock 12 hours ahead (the suite moved it) as if it were the time"
    [Fact]
    public void Describe_ClockMovedTwelveHours_SaysHowFarAheadNotTheTime()
    {
        var text = ClockSkew.Describe(Real.AddHours(12), Real);

        text.ShouldBe("target clock 12 h 0 min ahead of real time, moved through the sandbox hooks");
        text.ShouldNotContain("2026-12-07");
    }

    [Fact]
    public void Describe_ClocksInStep_SaysSo() =>
        ClockSkew.Describe(Real.AddSeconds(2), Real).ShouldBe("target clock at real time");

    [Fact]
    public void Describe_ClockDaysBehind_SaysDaysBehind() =>
        ClockSkew.Describe(Real.AddDays(-3).AddHours(-2), Real).ShouldBe("target clock 3 d 2 h behind real time, moved through the sandbox hooks");
}
