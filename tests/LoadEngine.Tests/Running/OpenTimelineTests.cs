using MfaConformance.LoadEngine.Running;

namespace MfaConformance.LoadEngine.Tests.Running;

public sealed class OpenTimelineTests
{
    [Fact]
    public void At_Inject_SpacesStartsEvenlyWithinEachInterval()
    {
        var timeline = OpenTimeline.For(Simulation.Inject(4, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)), 0);

        timeline.Count.ShouldBe(12);
        timeline.At(0).ShouldBe(TimeSpan.Zero);
        timeline.At(1).ShouldBe(TimeSpan.FromMilliseconds(250));
        timeline.At(11).ShouldBe(TimeSpan.FromMilliseconds(2750));
        timeline.Length.ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void At_RampingInjectFromZero_CountsTheAverageRateAndSpeedsUp()
    {
        var timeline = OpenTimeline.For(Simulation.RampingInject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10)), 0);

        timeline.Count.ShouldBe(500);
        var firstGap = timeline.At(11) - timeline.At(10);
        var lastGap = timeline.At(499) - timeline.At(498);
        lastGap.ShouldBeLessThan(firstGap);
        timeline.At(499).ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(10));
        // N(t) = 100 t^2 / 20 reaches 125 at t = 5 s.
        timeline.At(125).TotalSeconds.ShouldBe(5, 0.001);
    }

    [Fact]
    public void At_RampingInjectDown_StartsEveryIntendedIterationInOrder()
    {
        var timeline = OpenTimeline.For(Simulation.RampingInject(0, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)), previousRate: 10);

        timeline.Count.ShouldBe(10);
        for (var k = 1; k < timeline.Count; k++)
        {
            timeline.At(k).ShouldBeGreaterThan(timeline.At(k - 1));
        }

        timeline.At(9).ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void For_IterationsForInject_LastsAsLongAsTheIterationsNeed()
    {
        var timeline = OpenTimeline.For(Simulation.IterationsForInject(20, TimeSpan.FromSeconds(1), 50), 0);

        timeline.Count.ShouldBe(50);
        timeline.Length.ShouldBe(TimeSpan.FromMilliseconds(2500));
        timeline.At(49).ShouldBe(TimeSpan.FromMilliseconds(2450));
    }
}
