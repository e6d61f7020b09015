using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Endpoints;

/// <summary>
/// Credential updates are atomic: of concurrent changes made with the same current password exactly one is
/// acknowledged and it is the password that works; one validated MFA OTP authorizes at most one reset; a change
/// racing a reset never loses an acknowledged update.
/// </summary>
public sealed class CredentialRaceTests(RaceServerFixture fixture) : IClassFixture<RaceServerFixture>
{
    private const int Concurrent = 50;

    private ApiDriver Api => fixture.Api;

    [Fact]
    public async Task MfaChange_FiftyConcurrentWithTheSameT2AndCurrentPassword_ExactlyOneAcknowledgedAndItsPasswordWorks()
    {
        var c = await Api.CustomerOnNewMfaBrandAsync(ApiDriver.Password);
        var (t2, _) = await Api.MfaLoginAsync(c);
        var passwords = Enumerable.Range(0, Concurrent).Select(i => $"Changed{i:00}!x").ToArray();

        var calls = await Task.WhenAll(passwords.Select(p => Api.ChangeAsync(c, t2, ApiDriver.Password, p)));

        var acknowledged = AcknowledgedPasswords(calls, passwords);
        acknowledged.Count.ShouldBe(1, $"acknowledged: {string.Join(", ", acknowledged)}");
        calls.Where(call => call.Code != 200).ShouldAllBe(call => call.Code == 1528);
        await ShouldLogInOnlyWithAsync(c, acknowledged[0], ApiDriver.Password, passwords.First(p => p != acknowledged[0]));
    }

    [Fact]
    public async Task PrimaryChange_FiftyConcurrentWithTheSameT1AndCurrentPassword_ExactlyOneAcknowledged()
    {
        var c = await Api.CustomerOnNewMfaBrandAsync(ApiDriver.Password);
        var (t1, _) = await Api.FirstFactorAsync(c);
        var passwords = Enumerable.Range(0, Concurrent).Select(i => $"Primary{i:00}!x").ToArray();

        var calls = await Task.WhenAll(passwords.Select(p => Api.ChangeAsync(c, t1, ApiDriver.Password, p, path: "auth/v1/password/change")));

        AcknowledgedPasswords(calls, passwords).Count.ShouldBe(1);
    }

    [Fact]
    public async Task MfaForget_FiftyConcurrentResetsAfterOneValidatedOtp_ExactlyOneAcknowledgedAndItsPasswordWorks()
    {
        var c = await Api.CustomerOnNewMfaBrandAsync(ApiDriver.Password);
        (await Api.MfaOtpValidateAsync(c, await Api.MfaSessionAsync(c))).ShouldSucceed();
        var sessions = new List<string>();
        for (var i = 0; i < Concurrent; i++)
        {
            sessions.Add(await Api.MfaSessionAsync(c));
        }

        var passwords = Enumerable.Range(0, Concurrent).Select(i => $"Reset{i:00}!xy").ToArray();

        var calls = await Task.WhenAll(sessions.Select((s, i) => Api.ForgetAsync(c, s, passwords[i])));

        var acknowledged = AcknowledgedPasswords(calls, passwords);
        acknowledged.Count.ShouldBe(1, $"acknowledged: {string.Join(", ", acknowledged)}");
        calls.Where(call => call.Code != 200).ShouldAllBe(call => call.Code == 1532);
        await ShouldLogInOnlyWithAsync(c, acknowledged[0], ApiDriver.Password, passwords.First(p => p != acknowledged[0]));
    }

    [Fact]
    public async Task MfaForget_OneValidatedOtpThenSequentialResets_TheSecondIsRefused1532()
    {
        var c = await Api.CustomerOnNewMfaBrandAsync(ApiDriver.Password);
        (await Api.MfaOtpValidateAsync(c, await Api.MfaSessionAsync(c))).ShouldSucceed();

        (await Api.ForgetAsync(c, await Api.MfaSessionAsync(c), "FirstReset1!")).ShouldSucceed();
        (await Api.ForgetAsync(c, await Api.MfaSessionAsync(c), "SecondReset2!")).ShouldFailWith(1532);
    }

    [Fact]
    public async Task ChangeRacingReset_TenRounds_NoAcknowledgedUpdateIsLost()
    {
        for (var round = 0; round < 10; round++)
        {
            var c = await Api.CustomerOnNewMfaBrandAsync(ApiDriver.Password);
            var (t2, _) = await Api.MfaLoginAsync(c);
            (await Api.MfaOtpValidateAsync(c, await Api.MfaSessionAsync(c))).ShouldSucceed();
            var resetSession = await Api.MfaSessionAsync(c);
            const string changed = "ByChange1!";
            const string reset = "ByReset22!";

            var change = Api.ChangeAsync(c, t2, ApiDriver.Password, changed);
            var forget = Api.ForgetAsync(c, resetSession, reset);
            var (changeCall, forgetCall) = (await change, await forget);

            // Linearizable outcomes: change then reset (both acknowledged, the reset's password wins), or only one of
            // them acknowledged (a reset first makes the change's current password wrong). Never the change's password
            // after an acknowledged reset.
            forgetCall.Code.ShouldBe(200, $"round {round}: the reset needs no current password and must commit");
            await ShouldLogInOnlyWithAsync(c, reset, ApiDriver.Password, changed);
            changeCall.Code.ShouldBeOneOf([200, 1528], $"round {round}");
        }
    }

    private static List<string> AcknowledgedPasswords(ApiCall[] calls, string[] passwords) =>
        [.. calls.Select((call, i) => (call, i)).Where(x => x.call.Code == 200).Select(x => passwords[x.i])];

    /// <summary>The customer completes MFA with <paramref name="works"/> and with none of <paramref name="refused"/>.</summary>
    private async Task ShouldLogInOnlyWithAsync(TestCustomer c, string works, params string[] refused)
    {
        foreach (var password in refused)
        {
            (await Api.MfaPasswordValidateAsync(c, await Api.MfaSessionAsync(c), password)).ShouldFailWith(1528);
        }

        (await Api.MfaPasswordValidateAsync(c, await Api.MfaSessionAsync(c), works)).ShouldSucceed();
    }
}
