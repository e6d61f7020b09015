using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Endpoints;

/// <summary>mfa/token/generate, mfa/otp/generate, mfa/otp/validate (flows 1.4 and 1.6).</summary>
public sealed class MfaSessionEndpointsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string FirstPassword = "Fir5tPassword";

    private ApiDriver Api => fixture.Api;

    private Task<TestCustomer> CustomerAsync(string? password, params (string Key, JsonNode? Value)[] config) =>
        Api.CustomerOnNewMfaBrandAsync(password, config);

    [Fact]
    public async Task FirstTimeFlow_PasswordCommittedByOtpValidate_ThenPasswordLoginWorks()
    {
        var c = await CustomerAsync(null);
        var (t1, _) = await Api.FirstFactorAsync(c);
        var generate = (await Api.MfaTokenGenerateAsync(c, t1, FirstPassword, FirstPassword)).ShouldSucceed();
        generate.Key.ShouldBeNull();
        generate.Body!["user"]!["role"]!.GetValue<string>().ShouldBe("VIEW");
        generate.Body["user"]!["userRegisteredForPassword"]!.GetValue<bool>().ShouldBeFalse();

        var validate = (await Api.MfaOtpValidateAsync(c, generate.SessionId!)).ShouldSucceed();
        validate.Token.ShouldNotBeNullOrEmpty();
        validate.Key.ShouldNotBeNullOrEmpty();
        validate.Body!["user"]!["role"]!.GetValue<string>().ShouldBe("USER");

        (await Api.MfaLoginAsync(c, FirstPassword)).T2.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task FirstTimeFlow_NoOtpValidation_PasswordNotRegistered()
    {
        var c = await CustomerAsync(null);
        var (t1, _) = await Api.FirstFactorAsync(c);
        (await Api.MfaTokenGenerateAsync(c, t1, FirstPassword, FirstPassword)).ShouldSucceed();
        var session = (await Api.MfaTokenGenerateAsync(c, t1, FirstPassword, FirstPassword)).ShouldSucceed().SessionId!;
        (await Api.MfaPasswordValidateAsync(c, session, FirstPassword)).ShouldFailWith(1528); // as a wrong password: no enumeration
    }

    [Fact]
    public async Task TokenGenerate_SkipOtpValidate_CommitsPasswordImmediately()
    {
        var c = await CustomerAsync(null, ("CONF_SKIP_OTP_VALIDATE", true));
        var (t1, _) = await Api.FirstFactorAsync(c);
        var session = (await Api.MfaTokenGenerateAsync(c, t1, FirstPassword, FirstPassword)).ShouldSucceed().SessionId!;
        (await Api.MfaPasswordValidateAsync(c, session, FirstPassword)).ShouldSucceed();
    }

    [Fact]
    public async Task TokenGenerate_FirstTimeWithoutPassword_Fails1520()
    {
        var c = await CustomerAsync(null);
        var (t1, _) = await Api.FirstFactorAsync(c);
        (await Api.MfaTokenGenerateAsync(c, t1)).ShouldFailWith(1520);
    }

    [Fact]
    public async Task TokenGenerate_FirstTimeConfirmMismatch_Fails1521()
    {
        var c = await CustomerAsync(null);
        var (t1, _) = await Api.FirstFactorAsync(c);
        (await Api.MfaTokenGenerateAsync(c, t1, FirstPassword, FirstPassword + "x")).ShouldFailWith(1521);
    }

    [Fact]
    public async Task TokenGenerate_FirstTimePasswordFailsRegex_Fails1542()
    {
        var c = await CustomerAsync(null);
        var (t1, _) = await Api.FirstFactorAsync(c);
        (await Api.MfaTokenGenerateAsync(c, t1, "nodigits", "nodigits")).ShouldFailWith(1542);
    }

    [Fact]
    public async Task TokenGenerate_MfaPasswordDisabled_Fails1524WithPasswordFields()
    {
        var brand = Brands.Unique();
        await Api.PutBrandAsync(brand);
        var c = await Api.CreateCustomerAsync(brand, null);
        var (t1, _) = await Api.FirstFactorAsync(c);
        (await Api.MfaTokenGenerateAsync(c, t1, FirstPassword, FirstPassword)).ShouldFailWith(1524);
        var session = (await Api.MfaTokenGenerateAsync(c, t1)).ShouldSucceed().SessionId!;
        (await Api.MfaPasswordValidateAsync(c, session, FirstPassword)).ShouldFailWith(1524);
    }

    [Fact]
    public async Task TokenGenerate_ReturningCustomer_IgnoresPasswordFieldsAndReportsRegistered()
    {
        var c = await CustomerAsync(ApiDriver.Password);
        var (t1, _) = await Api.FirstFactorAsync(c);
        var call = (await Api.MfaTokenGenerateAsync(c, t1, "ignored1", "different2")).ShouldSucceed();
        call.Body!["user"]!["userRegisteredForPassword"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task TokenGenerate_ViewTokenAsAuthorizedToken_Fails1529()
    {
        var c = await CustomerAsync(ApiDriver.Password);
        var view = (await Api.PostAsync("auth/v1/token/generate", c.Body())).ShouldSucceed().Token!;
        (await Api.MfaTokenGenerateAsync(c, view)).ShouldFailWith(1529);
    }

    [Fact]
    public async Task TokenGenerate_ExpiredT1_Fails1529()
    {
        var c = await CustomerAsync(ApiDriver.Password);
        var (t1, _) = await Api.FirstFactorAsync(c);
        await Api.AdvanceClockAsync(16 * 60);
        (await Api.MfaTokenGenerateAsync(c, t1)).ShouldFailWith(1529);
    }

    [Fact]
    public async Task TokenGenerate_TamperedT1_Fails1529()
    {
        var c = await CustomerAsync(ApiDriver.Password);
        var (t1, _) = await Api.FirstFactorAsync(c);
        (await Api.MfaTokenGenerateAsync(c, FirstFactorEndpointsTests.Tamper(t1))).ShouldFailWith(1529);
    }

    [Fact]
    public async Task TokenGenerate_OtherCustomersT1_Fails1507()
    {
        var a = await CustomerAsync(ApiDriver.Password);
        var b = await Api.CreateCustomerAsync(a.Brand, ApiDriver.Password);
        var (t1, _) = await Api.FirstFactorAsync(a);
        (await Api.MfaTokenGenerateAsync(b, t1)).ShouldFailWith(1507);
    }

    [Fact]
    public async Task TokenGenerate_OtherDevice_Fails1508()
    {
        var c = await CustomerAsync(ApiDriver.Password);
        var (t1, _) = await Api.FirstFactorAsync(c);
        (await Api.MfaTokenGenerateAsync(c.OnDevice("device-2"), t1)).ShouldFailWith(1508);
    }

    [Fact]
    public async Task TokenGenerate_ExternalIdWithoutExternalLogin_Fails1546()
    {
        var c = await CustomerAsync(ApiDriver.Password);
        var (t1, _) = await Api.FirstFactorAsync(c);
        (await Api.MfaTokenGenerateAsync(c with { IdentifierType = "EXTERNALID" }, t1)).ShouldFailWith(1546);
    }

    [Fact]
    public async Task OtpGenerate_PrimarySession_Fails1505()
    {
        var c = await CustomerAsync(ApiDriver.Password);
        var primary = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/mfa/otp/generate", c.Body(("sessionId", primary)))).ShouldFailWith(1505);
    }

    [Fact]
    public async Task OtpGenerate_OverOtpMaxCount_Fails1534UntilWindowPasses()
    {
        var c = await CustomerAsync(ApiDriver.Password, ("otpMaxCount", 3), ("otpTimeOut", 10));
        var session = await Api.MfaSessionAsync(c); // the first factor used one OTP
        (await Api.PostAsync("auth/v1/mfa/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
        (await Api.PostAsync("auth/v1/mfa/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
        (await Api.PostAsync("auth/v1/mfa/otp/generate", c.Body(("sessionId", session)))).ShouldFailWith(1534);
        await Api.AdvanceClockAsync(11 * 60);
        var fresh = await Api.MfaSessionAsync(c);
        (await Api.PostAsync("auth/v1/mfa/otp/generate", c.Body(("sessionId", fresh)))).ShouldSucceed();
    }

    [Fact]
    public async Task OtpGenerate_OtpMaxCountZero_Fails1535()
    {
        var brand = Brands.Unique();
        await Api.PutBrandAsync(brand, new JsonObject { ["otpMaxCount"] = 0, ["otpTimeOut"] = 10 });
        var c = await Api.CreateCustomerAsync(brand, null);
        var session = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", session)))).ShouldFailWith(1535);
    }

    [Fact]
    public async Task OtpGenerate_UsesConfiguredOtpLength()
    {
        var c = await CustomerAsync(ApiDriver.Password, ("CONF_OTP_LENGTH", 8));
        var session = await Api.MfaSessionAsync(c);
        (await Api.PostAsync("auth/v1/mfa/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
        (await Api.ReadOtpAsync(c, session)).Length.ShouldBe(8);
    }

    [Fact]
    public async Task OtpValidate_FiveWrongMfaOtps_Fails1518()
    {
        var c = await CustomerAsync(ApiDriver.Password, ("CONF_MFA_MAX_OTP_RETRY_COUNT", 3));
        var session = await Api.MfaSessionAsync(c);
        (await Api.PostAsync("auth/v1/mfa/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
        var otp = await Api.ReadOtpAsync(c, session);
        var wrong = otp == "000000" ? "111111" : "000000";
        for (var i = 0; i < 3; i++)
        {
            (await Api.PostAsync("auth/v1/mfa/otp/validate", c.Body(("sessionId", session), ("otp", wrong)))).ShouldFailWith(1506);
        }

        (await Api.PostAsync("auth/v1/mfa/otp/validate", c.Body(("sessionId", session), ("otp", otp)))).ShouldFailWith(1518);
    }

    [Fact]
    public async Task OtpValidate_ConsumesSession_PasswordValidateOnSameSessionFails1505()
    {
        var c = await CustomerAsync(ApiDriver.Password);
        var session = await Api.MfaSessionAsync(c);
        (await Api.MfaOtpValidateAsync(c, session)).ShouldSucceed();
        (await Api.MfaPasswordValidateAsync(c, session, ApiDriver.Password)).ShouldFailWith(1505);
    }

    [Fact]
    public async Task MfaSession_After16Minutes_Fails1505()
    {
        var c = await CustomerAsync(ApiDriver.Password);
        var session = await Api.MfaSessionAsync(c);
        await Api.AdvanceClockAsync(16 * 60);
        (await Api.MfaPasswordValidateAsync(c, session, ApiDriver.Password)).ShouldFailWith(1505);
    }
}
