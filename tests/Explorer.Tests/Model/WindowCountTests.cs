using MfaConformance.Explorer.Model;

namespace MfaConformance.Explorer.Tests.Model;

public sealed class WindowCountTests
{
    private static Moment At(long seconds) => new(seconds, 0, 0);

    [Fact]
    public void Events_WellInsideTheWindow_CountUnderEveryReading()
    {
        WindowCount.Current([At(0), At(10), At(20)], At(30), 60).ShouldBe((3, 3));
    }

    [Fact]
    public void AfterTheWindowFromTheFirstEvent_TheFixedReadingRestarts_TheSlidingOneKeepsTheLaterEvents()
    {
        // fixed window [0, 60): at 70 it has ended and no event opened the next one -> 0; sliding [10, 70] holds 2
        WindowCount.Current([At(0), At(30), At(50)], At(70), 60).ShouldBe((0, 2));
    }

    [Fact]
    public void AnEventAfterTheWindow_OpensTheNextFixedWindow()
    {
        // fixed: [0,60) holds 2; the event at 61 opens [61,121) -> 1 at 62; sliding over the last 60 s holds 1 (at 61) or 2 (at 5 is out)
        WindowCount.Current([At(0), At(5), At(61)], At(62), 60).ShouldBe((1, 2));
    }

    [Fact]
    public void NoEvents_CountNothing()
    {
        WindowCount.Current([], At(5), 60).ShouldBe((0, 0));
    }
}
