using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Endpoints;

/// <summary>The clock hook at its limit: an advance past the latest representable time is refused, and the API stays usable.</summary>
public sealed class ClockLimitTests
{
    private const int TenYears = 315_360_000;

    [Fact]
    public async Task Clock_AdvancedTenYearsAtATimeUntilRefused_RefusesWithA400NamingTheLimitAndTheApiStillWorks()
    {
        var (server, api) = await TestServers.StartAsync(TestServers.Options());
        await using var _ = server;
        using var __ = api;

        var refusal = await AdvanceUntilRefusedAsync(api, TenYears);
        refusal.Status.ShouldBe(HttpStatusCode.BadRequest);
        var detail = refusal.Body!["detail"]!.GetValue<string>();
        detail.ShouldContain("advanceSeconds");
        detail.ShouldContain("would move the clock past 9989-");
        detail.ShouldContain("nothing was changed");

        // Close in on the limit: the clock ends within a day of the latest time it can show.
        (await AdvanceUntilRefusedAsync(api, 30 * 86_400)).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await AdvanceUntilRefusedAsync(api, 86_400)).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await NowAsync(api)).Year.ShouldBe(9989);

        // Every flow still works there, with the longest validity periods a brand can configure.
        var c = await api.CustomerOnNewMfaBrandAsync(
            ApiDriver.Password,
            ("CONF_MFA_SESSION_EXPIRY_MINUTES", 43_200),
            ("CONF_MFA_TOKEN_EXPIRY_IN_MINUTES", 43_200),
            ("CONF_ENABLE_EXPIRY_BASED_KEY", true),
            ("CONF_KEY_EXPIRY_MFA_IN_MINUTES", 43_200),
            ("otpMaxCount", 10),
            ("otpTimeOut", 432_000));
        var (t2, _) = await api.MfaLoginAsync(c);
        (await api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword)).ShouldSucceed();
        (await api.MfaLoginAsync(c, ApiDriver.NewPassword)).T2.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Clock_RefusedAdvance_DoesNotMoveTheClock()
    {
        var (server, api) = await TestServers.StartAsync(TestServers.Options());
        await using var _ = server;
        using var __ = api;
        await AdvanceUntilRefusedAsync(api, TenYears);
        var before = await NowAsync(api);

        (await api.PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = TenYears })).Status.ShouldBe(HttpStatusCode.BadRequest);

        ((await NowAsync(api)) - before).ShouldBeLessThan(TimeSpan.FromMinutes(1));
    }

    private static async Task<ApiCall> AdvanceUntilRefusedAsync(ApiDriver api, int seconds)
    {
        for (var i = 0; i < 1000; i++)
        {
            var call = await api.PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = seconds });
            if (call.Status != HttpStatusCode.OK)
            {
                return call;
            }
        }

        throw new ShouldAssertException($"1000 advances of {seconds} s were all accepted");
    }

    private static async Task<DateTimeOffset> NowAsync(ApiDriver api)
    {
        var call = await api.PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = 0 });
        call.Status.ShouldBe(HttpStatusCode.OK);
        return DateTimeOffset.Parse(call.Body!["now"]!.GetValue<string>(), CultureInfo.InvariantCulture);
    }
}
