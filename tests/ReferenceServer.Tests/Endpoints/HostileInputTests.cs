using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Endpoints;

/// <summary>
/// Input an attacker would send: lookalike brand names, a catastrophic MFA_PASSWORD_REGEX, strings that are not
/// text. Each is refused by an input check with the documented envelope and a message naming the problem.
/// </summary>
public sealed class HostileInputTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ApiDriver Api => fixture.Api;

    [Theory]
    [InlineData("\u017F", "S")] // long s upper-cases to S
    [InlineData("\u0131", "I")] // dotless i upper-cases to I
    public async Task Brand_LookalikeOfAnExistingBrand_IsAnotherBrandThatDoesNotExist(string lookalike, string letter)
    {
        var brand = Brands.Unique() + letter;
        await Api.PutMfaBrandAsync(brand);
        var customer = await Api.CreateCustomerAsync(brand, ApiDriver.Password);

        var call = await Api.PostAsync("auth/v1/token/generate", (customer with { Brand = brand[..^1] + lookalike }).Body());

        call.ShouldFailWith(1504);
        (await Api.PostAsync("auth/v1/token/generate", (customer with { Brand = brand.ToLowerInvariant() }).Body())).ShouldSucceed();
    }

    [Fact]
    public async Task BrandHook_LookalikeName_CreatesASeparateBrand()
    {
        var brand = Brands.Unique() + "S";
        await Api.PutMfaBrandAsync(brand);
        await Api.PutBrandAsync(brand[..^1] + "\u017F", new JsonObject { ["CONF_MFA_MAX_OTP_RETRY_COUNT"] = 2 });

        var customer = await Api.CreateCustomerAsync(brand, ApiDriver.Password);

        // The original brand kept its configuration: MFA passwords still on.
        (await Api.MfaLoginAsync(customer)).T2.ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("^(a+)+$")] // linear-time engine: answered at once
    [InlineData("^(?=(a+)+$)")] // lookahead: backtracking engine, stopped by the match timeout
    public async Task FirstTimePassword_CatastrophicRegex_IsRefused1542(string regex)
    {
        var c = await Api.CustomerOnNewMfaBrandAsync(null, ("MFA_PASSWORD_REGEX", regex));
        var (t1, _) = await Api.FirstFactorAsync(c);
        var hostile = new string('a', 40) + "!";

        var calls = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Api.MfaTokenGenerateAsync(c, t1, hostile, hostile)));

        calls.ShouldAllBe(call => call.Code == 1542);
        if (regex.Contains("(?=", StringComparison.Ordinal))
        {
            calls[0].Body!["status"]!["message"]!.GetValue<string>().ShouldContain("MFA_PASSWORD_REGEX did not finish within 100 ms");
        }
    }

    [Fact]
    public async Task FirstTimePassword_CatastrophicRegexButAMatchingPassword_IsAccepted()
    {
        var c = await Api.CustomerOnNewMfaBrandAsync(null, ("MFA_PASSWORD_REGEX", "^(a+)+$"));
        var (t1, _) = await Api.FirstFactorAsync(c);

        (await Api.MfaTokenGenerateAsync(c, t1, "aaaaaaaa", "aaaaaaaa")).ShouldSucceed();
    }

    [Theory]
    [InlineData("{\"identifierType\":\"MOBILE\",\"identifierValue\":\"\\ud800\",\"deviceId\":\"d\",\"brand\":\"B\"}", "field 'identifierValue' is not valid text")]
    [InlineData("{\"identifierType\":\"MOBILE\",\"identifierValue\":\"91\",\"deviceId\":\"d\",\"brand\":\"B\\udc00\"}", "field 'brand' is not valid text")]
    [InlineData("{\"\\ud800\":1,\"identifierType\":\"MOBILE\"}", "a field name is not valid text")]
    [InlineData("{\"x\":{\"a\":1,\"a\":2},\"identifierType\":\"MOBILE\"}", "duplicated field")]
    public async Task Body_StringThatIsNotText_Fails1519NamingTheField(string body, string expected)
    {
        var call = (await Api.SendAsync(HttpMethod.Post, "auth/v1/token/generate", body)).ShouldFailWith(1519);

        call.Body!["status"]!["message"]!.GetValue<string>().ShouldContain(expected);
    }

    [Fact]
    public async Task Body_InvalidUtf8Bytes_Fails1519NamingTheField()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"identifierType\":\"MOBILE\",\"identifierValue\":\"X\",\"deviceId\":\"d\",\"brand\":\"B\"}");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;

        var call = (await SendBytesAsync("auth/v1/token/generate", bytes)).ShouldFailWith(1519);

        call.Body!["status"]!["message"]!.GetValue<string>().ShouldContain("field 'identifierValue' is not valid text");
    }

    [Fact]
    public async Task BrandHook_ConfigurationStringThatIsNotText_Answers400NamingTheKey()
    {
        var call = await Api.SendAsync(HttpMethod.Put, $"__harness/v1/brands/{Brands.Unique()}", "{\"CONF_FALLBACK_CHANNELS\":[\"\\ud800\"]}");

        call.Status.ShouldBe(HttpStatusCode.BadRequest);
        call.Body!["detail"]!.GetValue<string>().ShouldContain("CONF_FALLBACK_CHANNELS[0]");
    }

    private async Task<ApiCall> SendBytesAsync(string path, byte[] body)
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseUrl };
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(path, content);
        return new ApiCall(response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }
}
