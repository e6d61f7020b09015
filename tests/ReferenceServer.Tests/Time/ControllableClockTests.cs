using MfaConformance.ReferenceServer.Tests.Support;
using MfaConformance.ReferenceServer.Time;

namespace MfaConformance.ReferenceServer.Tests.Time;

public sealed class ControllableClockTests
{
    [Fact]
    public void TryAdvance_PastTheLatestTime_RefusesAndLeavesTheClockWhereItWas()
    {
        var clock = new ControllableClock(new FixedTimeProvider(ControllableClock.Latest - TimeSpan.FromSeconds(10)));

        clock.TryAdvance(TimeSpan.FromSeconds(11), out var now).ShouldBeFalse();

        now.ShouldBe(ControllableClock.Latest - TimeSpan.FromSeconds(10));
        clock.GetUtcNow().ShouldBe(now);
    }

    [Fact]
    public void TryAdvance_ExactlyToTheLatestTime_IsAllowedAndTheLongestValidityPeriodStillFits()
    {
        var clock = new ControllableClock(new FixedTimeProvider(ControllableClock.Latest - TimeSpan.FromSeconds(10)));

        clock.TryAdvance(TimeSpan.FromSeconds(10), out var now).ShouldBeTrue();

        now.ShouldBe(ControllableClock.Latest);
        Should.NotThrow(() => now + TimeSpan.FromMinutes(432_000) + TimeSpan.FromHours(1));
    }

    [Fact]
    public void TryAdvance_ConcurrentCallers_NeverPassTheLatestTime()
    {
        var clock = new ControllableClock(new FixedTimeProvider(ControllableClock.Latest - TimeSpan.FromDays(100)));

        Parallel.For(0, 1000, _ => clock.TryAdvance(TimeSpan.FromDays(1), out DateTimeOffset _));

        clock.GetUtcNow().ShouldBe(ControllableClock.Latest);
    }
}
