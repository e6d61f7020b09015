using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Endpoints;

/// <summary>mfa/password/validate, mfa/password/forget, mfa/password/change and the password/change alias (flows 1.5, 1.7, 1.8).</summary>
public sealed class MfaPasswordEndpointsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ApiDriver Api => fixture.Api;

    private Task<TestCustomer> CustomerAsync(params (string Key, JsonNode? Value)[] config) =>
        Api.CustomerOnNewMfaBrandAsync(ApiDriver.Password, config);

    [Fact]
    public async Task Validate_RightPassword_IssuesT2K2AndIdentifiers()
    {
        var c = await CustomerAsync();
        var session = await Api.MfaSessionAsync(c);
        var call = (await Api.MfaPasswordValidateAsync(c, session, ApiDriver.Password)).ShouldSucceed();
        call.Token.ShouldNotBeNullOrEmpty();
        call.Key.ShouldNotBeNullOrEmpty();
        call.Body!["identifiers"]!["identifierList"].ShouldBeNull();
        call.Body["user"]!["userRegisteredForPassword"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Theory]
    [InlineData("MOBILE", "919876543210")]
    [InlineData("EMAIL", "someone@example.test")]
    public async Task Login_PerIdentifierType_Succeeds(string type, string value)
    {
        var brand = Brands.Unique();
        await Api.PutMfaBrandAsync(brand);
        var created = await Api.PostAsync("__harness/v1/customers", new JsonArray(new JsonObject
        {
            ["brand"] = brand,
            ["identifierType"] = type,
            ["identifierValue"] = value,
            ["password"] = ApiDriver.Password,
        }));
        created.Status.ShouldBe(System.Net.HttpStatusCode.Created);
        var (t2, k2) = await Api.MfaLoginAsync(new TestCustomer(brand, type, value, "device-1"));
        t2.ShouldNotBe(k2);
    }

    [Fact]
    public async Task Validate_SessionConsumedBySuccess_Fails1505()
    {
        var c = await CustomerAsync();
        var session = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, session, ApiDriver.Password)).ShouldSucceed();
        (await Api.MfaPasswordValidateAsync(c, session, ApiDriver.Password)).ShouldFailWith(1505);
    }

    [Fact]
    public async Task Validate_WrongPasswordUpToLimit_Fails1528Then1530()
    {
        var c = await CustomerAsync(("CONF_MFA_MAX_PASSWORD_RETRY_COUNT", 3));
        var session = await Api.MfaSessionAsync(c);
        for (var i = 0; i < 3; i++)
        {
            (await Api.MfaPasswordValidateAsync(c, session, "Wr0ngPassword")).ShouldFailWith(1528);
        }

        (await Api.MfaPasswordValidateAsync(c, session, ApiDriver.Password)).ShouldFailWith(1530);
    }

    [Fact]
    public async Task Validate_WrongAttemptsAcrossSessionsInsideWindow_CountTogether()
    {
        var c = await CustomerAsync(("CONF_MFA_MAX_PASSWORD_RETRY_COUNT", 3));
        var first = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, first, "Wr0ngPassword")).ShouldFailWith(1528);
        (await Api.MfaPasswordValidateAsync(c, first, "Wr0ngPassword")).ShouldFailWith(1528);
        var second = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, second, "Wr0ngPassword")).ShouldFailWith(1528);
        (await Api.MfaPasswordValidateAsync(c, second, ApiDriver.Password)).ShouldFailWith(1530);
    }

    [Fact]
    public async Task Validate_WrongAttemptAfterWindow_RestartsCounter()
    {
        var c = await CustomerAsync(("CONF_MFA_MAX_PASSWORD_RETRY_COUNT", 3), ("CONF_INCORRECT_ATTEMPT_INTERVAL", 30));
        var first = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, first, "Wr0ngPassword")).ShouldFailWith(1528);
        (await Api.MfaPasswordValidateAsync(c, first, "Wr0ngPassword")).ShouldFailWith(1528);
        await Api.AdvanceClockAsync(31 * 60);
        var second = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, second, "Wr0ngPassword")).ShouldFailWith(1528);
        (await Api.MfaPasswordValidateAsync(c, second, ApiDriver.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task Validate_AccountLockingOn_NewSessionAlsoFails1530()
    {
        var c = await CustomerAsync(("CONF_MFA_MAX_PASSWORD_RETRY_COUNT", 2), ("CONF_ENABLE_ACCOUNT_LOCKING_MFA", true));
        var session = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, session, "Wr0ngPassword")).ShouldFailWith(1528);
        (await Api.MfaPasswordValidateAsync(c, session, "Wr0ngPassword")).ShouldFailWith(1528);
        var fresh = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, fresh, ApiDriver.Password)).ShouldFailWith(1530);
        await Api.AdvanceClockAsync(31 * 60);
        var later = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, later, ApiDriver.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task Validate_OtherDevice_Fails1508()
    {
        var c = await CustomerAsync();
        var session = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c.OnDevice("device-2"), session, ApiDriver.Password)).ShouldFailWith(1508);
    }

    [Fact]
    public async Task Validate_OtherBrand_Fails1509()
    {
        var c = await CustomerAsync();
        var session = await Api.MfaSessionAsync(c);
        var other = Brands.Unique();
        await Api.PutMfaBrandAsync(other);
        (await Api.MfaPasswordValidateAsync(c with { Brand = other }, session, ApiDriver.Password)).ShouldFailWith(1509);
    }

    [Fact]
    public async Task Validate_UnknownBrand_Fails1504()
    {
        var c = await CustomerAsync();
        var session = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c with { Brand = Brands.Unique() }, session, ApiDriver.Password)).ShouldFailWith(1504);
    }

    [Fact]
    public async Task Validate_BrandInOtherCase_Succeeds()
    {
        var c = await CustomerAsync();
        var session = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c with { Brand = c.Brand.ToUpperInvariant() }, session, ApiDriver.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task Forget_AfterMfaOtp_SetsNewPasswordAndOldOneFails()
    {
        var c = await CustomerAsync();
        var m1 = await Api.MfaSessionAsync(c);
        (await Api.MfaOtpValidateAsync(c, m1)).ShouldSucceed();
        var m2 = await Api.MfaSessionAsync(c);
        (await Api.ForgetAsync(c, m2, ApiDriver.NewPassword)).ShouldSucceed();

        var s = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, s, ApiDriver.Password)).ShouldFailWith(1528);
        (await Api.MfaPasswordValidateAsync(c, s, ApiDriver.NewPassword)).ShouldSucceed();
    }

    [Fact]
    public async Task Forget_WithoutMfaOtp_Fails1532()
    {
        var c = await CustomerAsync();
        var session = await Api.MfaSessionAsync(c);
        (await Api.ForgetAsync(c, session, ApiDriver.NewPassword)).ShouldFailWith(1532);
    }

    [Fact]
    public async Task Forget_SkipOtpValidateReset_NeedsNoOtp()
    {
        var c = await CustomerAsync(("CONF_SKIP_OTP_VALIDATE_RESET", true));
        var session = await Api.MfaSessionAsync(c);
        (await Api.ForgetAsync(c, session, ApiDriver.NewPassword)).ShouldSucceed();
    }

    [Fact]
    public async Task Forget_ConfirmMismatch_Fails1521()
    {
        var c = await CustomerAsync(("CONF_SKIP_OTP_VALIDATE_RESET", true));
        var session = await Api.MfaSessionAsync(c);
        (await Api.ForgetAsync(c, session, ApiDriver.NewPassword, ApiDriver.NewPassword + "x")).ShouldFailWith(1521);
    }

    [Fact]
    public async Task Forget_EmptyPassword_Fails1520()
    {
        var c = await CustomerAsync(("CONF_SKIP_OTP_VALIDATE_RESET", true));
        var session = await Api.MfaSessionAsync(c);
        (await Api.ForgetAsync(c, session, string.Empty)).ShouldFailWith(1520);
    }

    [Fact]
    public async Task Forget_AsGetWithBody_IsAccepted()
    {
        var c = await CustomerAsync(("CONF_SKIP_OTP_VALIDATE_RESET", true));
        var session = await Api.MfaSessionAsync(c);
        var body = c.Body(("sessionId", session), ("password", ApiDriver.NewPassword), ("confirmPassword", ApiDriver.NewPassword));
        (await Api.SendAsync(HttpMethod.Get, "auth/v1/mfa/password/forget", body.ToJsonString())).ShouldSucceed();
    }

    [Fact]
    public async Task Change_WithT2_ChangesPasswordAndOldOneFails()
    {
        var c = await CustomerAsync();
        var (t2, _) = await Api.MfaLoginAsync(c);
        (await Api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword)).ShouldSucceed();
        var s = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, s, ApiDriver.Password)).ShouldFailWith(1528);
        (await Api.MfaPasswordValidateAsync(c, s, ApiDriver.NewPassword)).ShouldSucceed();
    }

    [Fact]
    public async Task Change_WrongCurrentPassword_Fails1528()
    {
        var c = await CustomerAsync();
        var (t2, _) = await Api.MfaLoginAsync(c);
        (await Api.ChangeAsync(c, t2, "Wr0ngPassword", ApiDriver.NewPassword)).ShouldFailWith(1528);
    }

    [Fact]
    public async Task Change_SamePassword_Fails1527()
    {
        var c = await CustomerAsync();
        var (t2, _) = await Api.MfaLoginAsync(c);
        (await Api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.Password)).ShouldFailWith(1527);
    }

    [Fact]
    public async Task Change_ConfirmMismatch_Fails1521()
    {
        var c = await CustomerAsync();
        var (t2, _) = await Api.MfaLoginAsync(c);
        (await Api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword, ApiDriver.NewPassword + "x")).ShouldFailWith(1521);
    }

    [Fact]
    public async Task Change_NewPasswordFailsRegex_Fails1542()
    {
        var c = await CustomerAsync();
        var (t2, _) = await Api.MfaLoginAsync(c);
        (await Api.ChangeAsync(c, t2, ApiDriver.Password, "nodigitshere")).ShouldFailWith(1542);
    }

    [Fact]
    public async Task Change_WithViewToken_Fails1529()
    {
        var c = await CustomerAsync();
        var (t1, _) = await Api.FirstFactorAsync(c);
        var view = (await Api.MfaTokenGenerateAsync(c, t1)).ShouldSucceed().Token!;
        (await Api.ChangeAsync(c, view, ApiDriver.Password, ApiDriver.NewPassword)).ShouldFailWith(1529);
    }

    [Fact]
    public async Task Change_WithT1_Fails1529()
    {
        var c = await CustomerAsync();
        var (t1, _) = await Api.FirstFactorAsync(c);
        (await Api.ChangeAsync(c, t1, ApiDriver.Password, ApiDriver.NewPassword)).ShouldFailWith(1529);
    }

    [Fact]
    public async Task ChangeAlias_WithT2_ChangesMfaPassword()
    {
        var c = await CustomerAsync();
        var (t2, _) = await Api.MfaLoginAsync(c);
        (await Api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword, path: "auth/v1/password/change")).ShouldSucceed();
        (await Api.MfaLoginAsync(c, ApiDriver.NewPassword)).T2.ShouldNotBeNullOrEmpty();
    }
}
