using MfaConformance.Client.Fixtures;
namespace MfaConformance.Client.Tests.Fixtures;

public sealed class IdentityPoolTests
{
    private static readonly IdentityFixture FirstTime = new("MOBILE", "1", null, "d1");
    private static readonly IdentityFixture Returning = new("MOBILE", "2", "Pass-1234", "d2");
    private static readonly IdentityFixture Shared = new("EMAIL", "s@x.y", "Pass-5678", null, Reusable: true);

    [Fact]
    public void TryTake_NonReusable_HandedOutOnce()
    {
        var pool = new IdentityPool([FirstTime]);

        pool.TryTake().ShouldBe(FirstTime);
        pool.TryTake().ShouldBeNull();
        pool.Remaining.ShouldBe(0);
    }

    [Fact]
    public void TryTake_Reusable_HandedOutRepeatedly()
    {
        var pool = new IdentityPool([Shared]);

        pool.TryTake().ShouldBe(Shared);
        pool.TryTake().ShouldBe(Shared);
        pool.Remaining.ShouldBe(1);
    }

    [Fact]
    public void TryTake_Predicate_PicksMatching()
    {
        var pool = new IdentityPool([FirstTime, Returning]);

        pool.TryTake(f => f.IsReturningCustomer).ShouldBe(Returning);
        pool.TryTake(f => f.IsReturningCustomer).ShouldBeNull();
        pool.TryTake(f => !f.IsReturningCustomer).ShouldBe(FirstTime);
    }

    [Fact]
    public void Take_Exhausted_ThrowsNamingWhatWasWanted()
    {
        var pool = new IdentityPool([]);

        Should.Throw<InvalidOperationException>(() => pool.Take(wanted: "returning customer"))
            .Message.ShouldContain("no unused returning customer left");
    }

    [Fact]
    public void TryTake_ConcurrentCallers_EachFixtureOnce()
    {
        var fixtures = Enumerable.Range(0, 200).Select(i => new IdentityFixture("MOBILE", $"9{i:D5}", null, null)).ToList();
        var pool = new IdentityPool(fixtures);
        var taken = new System.Collections.Concurrent.ConcurrentBag<IdentityFixture>();

        Parallel.For(0, 300, _ =>
        {
            if (pool.TryTake() is { } f)
                taken.Add(f);
        });

        taken.Count.ShouldBe(200);
        taken.Distinct().Count().ShouldBe(200);
    }
}
