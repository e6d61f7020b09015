using System.Net;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Endpoints;

/// <summary>mfa/token/regenerate and mfa/token/expire (flows 1.9 and 1.10).</summary>
public sealed class MfaTokenEndpointsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ApiDriver Api => fixture.Api;

    private Task<TestCustomer> CustomerAsync(params (string Key, JsonNode? Value)[] config) =>
        Api.CustomerOnNewMfaBrandAsync(ApiDriver.Password, config);

    [Fact]
    public async Task Regenerate_WithK2_IssuesUsableT2WithoutKey()
    {
        var c = await CustomerAsync();
        var (_, k2) = await Api.MfaLoginAsync(c);
        var call = (await Api.PostAsync("auth/v1/mfa/token/regenerate", c.Body(("key", k2)))).ShouldSucceed();
        call.Key.ShouldBeNull();
        (await Api.ChangeAsync(c, call.Token!, ApiDriver.Password, ApiDriver.NewPassword)).ShouldSucceed();
    }

    [Fact]
    public async Task Regenerate_WithK1_Fails1525()
    {
        var c = await CustomerAsync();
        var (_, k1) = await Api.FirstFactorAsync(c);
        (await Api.PostAsync("auth/v1/mfa/token/regenerate", c.Body(("key", k1)))).ShouldFailWith(1525);
    }

    [Fact]
    public async Task Regenerate_OtherCustomersKey_Fails1507()
    {
        var a = await CustomerAsync();
        var b = await Api.CreateCustomerAsync(a.Brand, ApiDriver.Password);
        var (_, k2) = await Api.MfaLoginAsync(a);
        (await Api.PostAsync("auth/v1/mfa/token/regenerate", b.Body(("key", k2)))).ShouldFailWith(1507);
    }

    [Fact]
    public async Task Regenerate_KeyExpiryOn_Fails1597After60Minutes()
    {
        var c = await CustomerAsync(("CONF_ENABLE_EXPIRY_BASED_KEY", true));
        var (_, k2) = await Api.MfaLoginAsync(c);
        await Api.AdvanceClockAsync(61 * 60);
        (await Api.PostAsync("auth/v1/mfa/token/regenerate", c.Body(("key", k2)))).ShouldFailWith(1597);
    }

    [Fact]
    public async Task Regenerate_NoRegenerateMfaToken_IssuesNoKey()
    {
        var c = await CustomerAsync(("CONF_REGENERATE_MFA_TOKEN", false));
        var session = await Api.MfaSessionAsync(c);
        (await Api.MfaPasswordValidateAsync(c, session, ApiDriver.Password)).ShouldSucceed().Key.ShouldBeNull();
    }

    [Fact]
    public async Task Expire_WithDelete_RevokesT2()
    {
        var c = await CustomerAsync();
        var (t2, _) = await Api.MfaLoginAsync(c);
        var call = (await Api.ExpireAsync(c, t2)).ShouldSucceed();
        call.Body!["status"]!["message"]!.GetValue<string>().ShouldBe("Token expired successfully");
        (await Api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword)).ShouldFailWith(1529);
        (await Api.ExpireAsync(c, t2)).ShouldFailWith(1531);
    }

    [Theory]
    [InlineData("auth/v1/mfa/token/regenerate")]
    [InlineData("auth/v1/mfa/token/expire")]
    [InlineData("auth/v1/mfa/password/change")]
    public async Task TokenCall_UnknownBrand_Fails1504(string path)
    {
        var c = await CustomerAsync();
        var (t2, k2) = await Api.MfaLoginAsync(c);
        var body = (c with { Brand = Brands.Unique() }).Body(("token", t2), ("key", k2), ("password", ApiDriver.Password), ("newPassword", ApiDriver.NewPassword), ("confirmPassword", ApiDriver.NewPassword));
        (await Api.PostAsync(path, body)).ShouldFailWith(1504);
    }

    [Fact]
    public async Task Expire_AlsoRevokesTheKeyIssuedWithTheToken()
    {
        var c = await CustomerAsync();
        var (t2, k2) = await Api.MfaLoginAsync(c);
        (await Api.ExpireAsync(c, t2)).ShouldSucceed();
        (await Api.PostAsync("auth/v1/mfa/token/regenerate", c.Body(("key", k2)))).ShouldFailWith(1525);
    }

    [Fact]
    public async Task Expire_RegeneratedToken_RevokesTheKeyItCameFrom()
    {
        var c = await CustomerAsync();
        var (_, k2) = await Api.MfaLoginAsync(c);
        var regenerated = (await Api.PostAsync("auth/v1/mfa/token/regenerate", c.Body(("key", k2)))).ShouldSucceed().Token!;
        (await Api.ExpireAsync(c, regenerated)).ShouldSucceed();
        (await Api.PostAsync("auth/v1/mfa/token/regenerate", c.Body(("key", k2)))).ShouldFailWith(1525);
    }

    [Fact]
    public async Task Expire_WithPost_IsAccepted()
    {
        var c = await CustomerAsync();
        var (t2, _) = await Api.MfaLoginAsync(c);
        (await Api.PostAsync("auth/v1/mfa/token/expire", c.Body(("token", t2)))).ShouldSucceed();
    }

    [Fact]
    public async Task Expire_ViewToken_Fails1529()
    {
        var c = await CustomerAsync();
        var (t1, _) = await Api.FirstFactorAsync(c);
        var view = (await Api.MfaTokenGenerateAsync(c, t1)).ShouldSucceed().Token!;
        (await Api.ExpireAsync(c, view)).ShouldFailWith(1529);
    }

    [Fact]
    public async Task T2_After16Minutes_Fails1529()
    {
        var c = await CustomerAsync();
        var (t2, _) = await Api.MfaLoginAsync(c);
        await Api.AdvanceClockAsync(16 * 60);
        (await Api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword)).ShouldFailWith(1529);
    }

    [Fact]
    public async Task T2_TamperedSignature_Fails1529()
    {
        var c = await CustomerAsync();
        var (t2, _) = await Api.MfaLoginAsync(c);
        (await Api.ChangeAsync(c, FirstFactorEndpointsTests.Tamper(t2), ApiDriver.Password, ApiDriver.NewPassword)).ShouldFailWith(1529);
    }

    [Fact]
    public async Task CustomerReset_RevokesEarlierTokens()
    {
        var c = await CustomerAsync();
        var (t2, _) = await Api.MfaLoginAsync(c);
        var reset = await Api.PostAsync("__harness/v1/customers", new JsonArray(new JsonObject
        {
            ["brand"] = c.Brand,
            ["identifierType"] = c.IdentifierType,
            ["identifierValue"] = c.IdentifierValue,
            ["password"] = ApiDriver.Password,
        }));
        reset.Status.ShouldBe(HttpStatusCode.Created);
        (await Api.ChangeAsync(c, t2, ApiDriver.Password, ApiDriver.NewPassword)).ShouldFailWith(1529);
    }
}
