using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Endpoints;

public sealed class FirstFactorEndpointsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ApiDriver Api => fixture.Api;

    private async Task<TestCustomer> CustomerAsync(string? password = ApiDriver.Password, JsonObject? config = null)
    {
        var brand = Brands.Unique();
        await Api.PutBrandAsync(brand, config);
        return await Api.CreateCustomerAsync(brand, password);
    }

    [Fact]
    public async Task OtpFlow_ReturningCustomer_IssuesViewTokenThenUserTokenAndKey()
    {
        var c = await CustomerAsync();
        var generate = (await Api.PostAsync("auth/v1/token/generate", c.Body())).ShouldSucceed();
        generate.Key.ShouldBeNull();
        generate.Body!["user"]!["role"]!.GetValue<string>().ShouldBe("VIEW");
        generate.SessionId!.ShouldStartWith("P-");
        generate.Body["user"]!["userRegisteredForPassword"]!.GetValue<bool>().ShouldBeTrue();

        var validate = await Api.PrimaryOtpLoginAsync(c);
        validate.Token.ShouldNotBeNullOrEmpty();
        validate.Key.ShouldNotBeNullOrEmpty();
        validate.Body!["user"]!["role"]!.GetValue<string>().ShouldBe("USER");
        validate.SessionId.ShouldBeNull();
    }

    [Fact]
    public async Task TokenGenerate_UnknownBrand_Fails1504()
    {
        var c = TestCustomer.New(Brands.Unique());
        (await Api.PostAsync("auth/v1/token/generate", c.Body())).ShouldFailWith(1504);
    }

    [Fact]
    public async Task TokenGenerate_ExternalIdOnPrimary_Fails1546()
    {
        var c = (await CustomerAsync()) with { IdentifierType = "EXTERNALID" };
        (await Api.PostAsync("auth/v1/token/generate", c.Body())).ShouldFailWith(1546);
    }

    [Fact]
    public async Task TokenGenerate_UsernameWithoutMobileOrEmail_Fails1540()
    {
        var c = (await CustomerAsync()) with { IdentifierType = "USERNAME" };
        (await Api.PostAsync("auth/v1/token/generate", c.Body())).ShouldFailWith(1540);
        (await Api.PostAsync("auth/v1/token/generate", c.Body(("mobile", "919999999999")))).ShouldSucceed();
    }

    [Fact]
    public async Task TokenGenerate_FirstTimeWithMismatchedConfirm_Fails1521()
    {
        var c = await CustomerAsync(password: null);
        (await Api.PostAsync("auth/v1/token/generate", c.Body(("password", "abc123"), ("confirmPassword", "abc124")))).ShouldFailWith(1521);
    }

    [Fact]
    public async Task TokenGenerate_FirstTimeWithPassword_RegistersPasswordAfterOtp()
    {
        var c = await CustomerAsync(password: null);
        var session = (await Api.PostAsync("auth/v1/token/generate", c.Body(("password", "abc123"), ("confirmPassword", "abc123")))).ShouldSucceed();
        session.Body!["user"]!["userRegisteredForPassword"]!.GetValue<bool>().ShouldBeFalse();
        (await Api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", session.SessionId)))).ShouldSucceed();
        var otp = await Api.ReadOtpAsync(c, session.SessionId);
        (await Api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", session.SessionId), ("otp", otp)))).ShouldSucceed();

        var next = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/password/validate", c.Body(("sessionId", next), ("password", "abc123")))).ShouldSucceed();
    }

    [Fact]
    public async Task OtpGenerate_UnknownSession_Fails1505()
    {
        var c = await CustomerAsync();
        (await Api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", "P-" + Guid.NewGuid())))).ShouldFailWith(1505);
    }

    [Fact]
    public async Task OtpGenerate_OtherDevice_Fails1508()
    {
        var c = await CustomerAsync();
        var session = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/otp/generate", c.OnDevice("other").Body(("sessionId", session)))).ShouldFailWith(1508);
    }

    [Fact]
    public async Task OtpGenerate_OtherBrand_Fails1509()
    {
        var c = await CustomerAsync();
        var session = await Api.PrimarySessionAsync(c);
        var other = Brands.Unique();
        await Api.PutBrandAsync(other);
        (await Api.PostAsync("auth/v1/otp/generate", (c with { Brand = other }).Body(("sessionId", session)))).ShouldFailWith(1509);
    }

    [Fact]
    public async Task OtpGenerate_OtherIdentifier_Fails1541()
    {
        var c = await CustomerAsync();
        var session = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/otp/generate", (c with { IdentifierValue = "910000000001" }).Body(("sessionId", session)))).ShouldFailWith(1541);
    }

    [Fact]
    public async Task OtpValidate_WithoutGenerate_Fails1537()
    {
        var c = await CustomerAsync();
        var session = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", session), ("otp", "123456")))).ShouldFailWith(1537);
    }

    [Fact]
    public async Task OtpValidate_WrongOtp_Fails1506ThenRightOtpWorks()
    {
        var c = await CustomerAsync();
        var session = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
        var otp = await Api.ReadOtpAsync(c, session);
        var wrong = otp == "000000" ? "111111" : "000000";
        (await Api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", session), ("otp", wrong)))).ShouldFailWith(1506);
        (await Api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", session), ("otp", otp)))).ShouldSucceed();
    }

    [Fact]
    public async Task OtpValidate_FiveWrongOtps_LocksSessionWith1518()
    {
        var c = await CustomerAsync();
        var session = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
        var otp = await Api.ReadOtpAsync(c, session);
        var wrong = otp == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            (await Api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", session), ("otp", wrong)))).ShouldFailWith(1506);
        }

        (await Api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", session), ("otp", otp)))).ShouldFailWith(1518);
    }

    [Fact]
    public async Task OtpValidate_SessionAlreadyUsed_Fails1505()
    {
        var c = await CustomerAsync();
        var session = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
        var otp = await Api.ReadOtpAsync(c, session);
        (await Api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", session), ("otp", otp)))).ShouldSucceed();
        (await Api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", session), ("otp", otp)))).ShouldFailWith(1505);
    }

    [Fact]
    public async Task OtpValidate_OtpAsJsonNumber_IsAccepted()
    {
        var c = await CustomerAsync();
        var session = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
        var otp = await Api.ReadOtpAsync(c, session);
        var call = await Api.PostAsync("auth/v1/otp/validate", c.Body(("sessionId", session), ("otp", long.Parse(otp, System.Globalization.CultureInfo.InvariantCulture))));
        if (otp.StartsWith('0'))
        {
            call.ShouldFailWith(1506);
        }
        else
        {
            call.ShouldSucceed();
        }
    }

    [Fact]
    public async Task Session_After16Minutes_Fails1505()
    {
        var c = await CustomerAsync();
        var session = await Api.PrimarySessionAsync(c);
        await Api.AdvanceClockAsync(16 * 60);
        (await Api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", session)))).ShouldFailWith(1505);
    }

    [Fact]
    public async Task PasswordValidate_RightPassword_IssuesTokenKeyAndIdentifiers()
    {
        var c = await CustomerAsync();
        var session = await Api.PrimarySessionAsync(c);
        var call = (await Api.PostAsync("auth/v1/password/validate", c.Body(("sessionId", session), ("password", ApiDriver.Password)))).ShouldSucceed();
        call.Key.ShouldNotBeNullOrEmpty();
        call.Body!["identifiers"]!.AsObject().ContainsKey("identifierList").ShouldBeTrue();
    }

    [Fact]
    public async Task PasswordValidate_WrongPasswordFiveTimes_Fails1528Then1530()
    {
        var c = await CustomerAsync();
        var session = await Api.PrimarySessionAsync(c);
        for (var i = 0; i < 5; i++)
        {
            (await Api.PostAsync("auth/v1/password/validate", c.Body(("sessionId", session), ("password", "wrong")))).ShouldFailWith(1528);
        }

        (await Api.PostAsync("auth/v1/password/validate", c.Body(("sessionId", session), ("password", ApiDriver.Password)))).ShouldFailWith(1530);
    }

    [Fact]
    public async Task PasswordValidate_FirstTimeCustomer_FailsAsAWrongPassword1528()
    {
        var c = await CustomerAsync(password: null);
        var session = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/password/validate", c.Body(("sessionId", session), ("password", "whatever")))).ShouldFailWith(1528);
    }

    [Fact]
    public async Task TokenRegenerate_WithK1_IssuesNewTokenWithoutKey()
    {
        var c = await CustomerAsync();
        var (_, k1) = await Api.FirstFactorAsync(c);
        var call = (await Api.PostAsync("auth/v1/token/regenerate", c.Body(("key", k1)))).ShouldSucceed();
        call.Token.ShouldNotBeNullOrEmpty();
        call.Key.ShouldBeNull();
    }

    [Fact]
    public async Task TokenRegenerate_TamperedKey_Fails1525()
    {
        var c = await CustomerAsync();
        var (_, k1) = await Api.FirstFactorAsync(c);
        (await Api.PostAsync("auth/v1/token/regenerate", c.Body(("key", Tamper(k1))))).ShouldFailWith(1525);
    }

    [Fact]
    public async Task TokenRegenerate_KeyPastConfiguredExpiry_Fails1597()
    {
        var c = await CustomerAsync(config: new JsonObject { ["CONF_ENABLE_EXPIRY_BASED_KEY"] = true, ["CONF_KEY_EXPIRY_IN_MINUTES"] = 60 });
        var (_, k1) = await Api.FirstFactorAsync(c);
        (await Api.PostAsync("auth/v1/token/regenerate", c.Body(("key", k1)))).ShouldSucceed();
        await Api.AdvanceClockAsync(61 * 60);
        (await Api.PostAsync("auth/v1/token/regenerate", c.Body(("key", k1)))).ShouldFailWith(1597);
    }

    [Fact]
    public async Task WebFlow_WithoutDevice_IssuesTokenWithoutKeyAndRegeneratesFromExpiredToken()
    {
        var c = await CustomerAsync();
        var body = c.Body();
        body.Remove("deviceId");
        var session = (await Api.PostAsync("auth/v1/web/token/generate", body)).ShouldSucceed().SessionId!;
        (await Api.PostAsync("auth/v1/web/otp/generate", With(body, "sessionId", session))).ShouldSucceed();
        var otp = await Api.ReadOtpAsync(c, session);
        var validate = (await Api.PostAsync("auth/v1/web/otp/validate", With(With(body, "sessionId", session), "otp", otp))).ShouldSucceed();
        validate.Key.ShouldBeNull();
        await Api.AdvanceClockAsync(16 * 60);
        (await Api.PostAsync("auth/v1/web/token/regenerate", With(body, "expiredToken", validate.Token!))).ShouldSucceed().Token.ShouldNotBe(validate.Token);
    }

    [Fact]
    public async Task WebPasswordValidate_RightPassword_IssuesTokenWithoutKey()
    {
        var c = await CustomerAsync();
        var body = c.Body();
        body.Remove("deviceId");
        var session = (await Api.PostAsync("auth/v1/web/token/generate", body)).ShouldSucceed().SessionId!;
        var call = (await Api.PostAsync("auth/v1/web/password/validate", With(With(body, "sessionId", session), "password", ApiDriver.Password))).ShouldSucceed();
        call.Token.ShouldNotBeNullOrEmpty();
        call.Key.ShouldBeNull();
    }

    [Fact]
    public async Task PasswordChange_WithT1_ChangesPrimaryPassword()
    {
        var c = await CustomerAsync();
        var (t1, _) = await Api.FirstFactorAsync(c);
        (await Api.ChangeAsync(c, t1, ApiDriver.Password, ApiDriver.NewPassword, path: "auth/v1/password/change")).ShouldSucceed();
        var session = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/password/validate", c.Body(("sessionId", session), ("password", ApiDriver.Password)))).ShouldFailWith(1528);
        (await Api.PostAsync("auth/v1/password/validate", c.Body(("sessionId", session), ("password", ApiDriver.NewPassword)))).ShouldSucceed();
    }

    internal static string Tamper(string token)
    {
        var last = token[^2];
        return token[..^2] + (last == 'A' ? 'B' : 'A') + token[^1];
    }

    private static JsonObject With(JsonObject body, string name, string value)
    {
        var copy = body.DeepClone().AsObject();
        copy[name] = value;
        return copy;
    }
}
