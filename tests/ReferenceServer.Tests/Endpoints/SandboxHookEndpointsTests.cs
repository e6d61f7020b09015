using System.Net;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Endpoints;

/// <summary>The control plane exactly as control-plane.md states it.</summary>
public sealed class SandboxHookEndpointsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ApiDriver Api => fixture.Api;

    [Fact]
    public async Task PutBrand_PartialConfig_AnswersEveryKeyWithDefaults()
    {
        var config = await Api.PutBrandAsync(Brands.Unique(), new JsonObject { ["CONF_MFA_MAX_PASSWORD_RETRY_COUNT"] = 3 });
        config["CONF_MFA_MAX_PASSWORD_RETRY_COUNT"]!.GetValue<int>().ShouldBe(3);
        config["CONF_TOKEN_SESSION_EXPIRY_MINUTES"]!.GetValue<int>().ShouldBe(15);
        config["IS_MFA_PASSWORD_ENABLED"]!.GetValue<bool>().ShouldBeFalse();
        config["CONF_REGENERATE_TOKEN"]!.GetValue<bool>().ShouldBeTrue();
        config.AsObject().ContainsKey("otpMaxCount").ShouldBeTrue();
        config["otpMaxCount"].ShouldBeNull();
    }

    [Fact]
    public async Task PutBrand_EmptyBody_CreatesBrandWithDefaults()
    {
        var call = await Api.SendAsync(HttpMethod.Put, $"__harness/v1/brands/{Brands.Unique()}", null);
        call.Status.ShouldBe(HttpStatusCode.OK);
        call.Body!["CONF_MFA_MAX_OTP_RETRY_COUNT"]!.GetValue<int>().ShouldBe(5);
    }

    [Theory]
    [InlineData("{\"NOT_A_KEY\":1}", "NOT_A_KEY")]
    [InlineData("{\"IS_MFA_PASSWORD_ENABLED\":\"yes\"}", "IS_MFA_PASSWORD_ENABLED")]
    [InlineData("{\"CONF_MFA_MAX_PASSWORD_RETRY_COUNT\":\"5\"}", "CONF_MFA_MAX_PASSWORD_RETRY_COUNT")]
    [InlineData("{\"MFA_PASSWORD_REGEX\":\"([a-z\"}", "MFA_PASSWORD_REGEX")]
    [InlineData("[]", "JSON object")]
    public async Task PutBrand_BadConfig_Answers400NamingTheKey(string body, string expected)
    {
        var call = await Api.SendAsync(HttpMethod.Put, $"__harness/v1/brands/{Brands.Unique()}", body);
        call.Status.ShouldBe(HttpStatusCode.BadRequest);
        call.Body!["detail"]!.GetValue<string>().ShouldContain(expected);
    }

    [Fact]
    public async Task PutBrand_Replace_KeepsCustomersAndAppliesNewConfig()
    {
        var brand = Brands.Unique();
        await Api.PutMfaBrandAsync(brand);
        var c = await Api.CreateCustomerAsync(brand, ApiDriver.Password);
        await Api.PutBrandAsync(brand.ToLowerInvariant(), new JsonObject { ["IS_MFA_PASSWORD_ENABLED"] = false });
        var session = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, session, ApiDriver.Password)).ShouldFailWith(1524);
    }

    [Fact]
    public async Task PostCustomers_UnknownBrand_Answers404NamingIt()
    {
        var brand = Brands.Unique();
        var call = await Api.PostAsync("__harness/v1/customers", new JsonArray(new JsonObject
        {
            ["brand"] = brand,
            ["identifierType"] = "MOBILE",
            ["identifierValue"] = "911",
        }));
        call.Status.ShouldBe(HttpStatusCode.NotFound);
        call.Body!["detail"]!.GetValue<string>().ShouldContain(brand);
    }

    [Fact]
    public async Task PostCustomers_MissingField_Answers400NamingIt()
    {
        var brand = Brands.Unique();
        await Api.PutBrandAsync(brand);
        var call = await Api.PostAsync("__harness/v1/customers", new JsonArray(new JsonObject { ["brand"] = brand, ["identifierType"] = "MOBILE" }));
        call.Status.ShouldBe(HttpStatusCode.BadRequest);
        call.Body!["detail"]!.GetValue<string>().ShouldContain("identifierValue");
    }

    [Fact]
    public async Task PostCustomers_CountsCreated()
    {
        var brand = Brands.Unique();
        await Api.PutBrandAsync(brand);
        var call = await Api.PostAsync("__harness/v1/customers", new JsonArray(
            new JsonObject { ["brand"] = brand, ["identifierType"] = "MOBILE", ["identifierValue"] = "911" },
            new JsonObject { ["brand"] = brand, ["identifierType"] = "EMAIL", ["identifierValue"] = "a@b.c", ["password"] = "x" }));
        call.Status.ShouldBe(HttpStatusCode.Created);
        call.Body!["created"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task GetOtp_NoneIssued_Answers404()
    {
        var brand = Brands.Unique();
        await Api.PutBrandAsync(brand);
        var c = await Api.CreateCustomerAsync(brand, null);
        var call = await Api.SendAsync(HttpMethod.Get, $"__harness/v1/otp?brand={brand}&identifierType=MOBILE&identifierValue={c.IdentifierValue}", null);
        call.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetOtp_AfterGenerate_AnswersNewestWithSessionAndTimes()
    {
        var brand = Brands.Unique();
        await Api.PutBrandAsync(brand);
        var c = await Api.CreateCustomerAsync(brand, null);
        var session = await Api.PrimarySessionAsync(c);
        (await Api.PostAsync("auth/v1/otp/generate", c.Body(("sessionId", session)))).ShouldSucceed();
        var call = await Api.SendAsync(HttpMethod.Get, $"__harness/v1/otp?brand={brand.ToLowerInvariant()}&identifierType=MOBILE&identifierValue={c.IdentifierValue}", null);
        call.Status.ShouldBe(HttpStatusCode.OK);
        call.Body!["otp"]!.GetValue<string>().Length.ShouldBe(6);
        call.Body["sessionId"]!.GetValue<string>().ShouldBe(session);
        DateTimeOffset.Parse(call.Body["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThan(DateTimeOffset.Parse(call.Body["issuedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Clock_AdvanceZero_AnswersNow()
    {
        var call = await Api.PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = 0 });
        call.Status.ShouldBe(HttpStatusCode.OK);
        call.Body!["now"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Clock_Backward_Answers400()
    {
        var call = await Api.PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = -5 });
        call.Status.ShouldBe(HttpStatusCode.BadRequest);
        call.Body!["detail"]!.GetValue<string>().ShouldContain("advanceSeconds");
    }

    [Fact]
    public async Task Clock_Advance_MovesNowForward()
    {
        var first = (await Api.PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = 0 })).Body!["now"]!.GetValue<string>();
        var second = (await Api.PostAsync("__harness/v1/clock", new JsonObject { ["advanceSeconds"] = 3600 })).Body!["now"]!.GetValue<string>();
        var delta = DateTimeOffset.Parse(second, System.Globalization.CultureInfo.InvariantCulture) - DateTimeOffset.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        delta.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromHours(1));
    }
}
