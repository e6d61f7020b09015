using System.Net;
using System.Text.Json.Nodes;
using MfaConformance.ReferenceServer.Tests.Support;

namespace MfaConformance.ReferenceServer.Tests.Api;

/// <summary>Bad input never gives a 500: malformed JSON, wrong types, large bodies, unknown paths and wrong methods.</summary>
public sealed class ProtocolErrorTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private ApiDriver Api => fixture.Api;

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("", "empty")]
    [InlineData("{\"brand\":\"a\",\"brand\":\"b\"}", "duplicated field")]
    [InlineData("\"just a string\"", "must be a JSON object")]
    [InlineData("{\"identifierType\":5,\"identifierValue\":\"1\",\"deviceId\":\"d\",\"brand\":\"b\"}", "field 'identifierType' must be a string")]
    [InlineData("{\"identifierType\":\"MOBILE\",\"identifierValue\":\"1\",\"deviceId\":[\"d\"],\"brand\":\"b\"}", "field 'deviceId' must be a string")]
    public async Task Post_BadBody_Fails1519NamingTheProblem(string body, string expected)
    {
        var call = (await Api.SendAsync(HttpMethod.Post, "auth/v1/token/generate", body)).ShouldFailWith(1519);
        call.Body!["status"]!["message"]!.GetValue<string>().ShouldContain(expected);
    }

    [Theory]
    [InlineData("identifierType")]
    [InlineData("identifierValue")]
    [InlineData("deviceId")]
    [InlineData("brand")]
    public async Task TokenGenerate_MissingMandatoryField_Fails1519NamingIt(string field)
    {
        var body = TestCustomer.New("AnyBrand").Body();
        body.Remove(field);
        var call = (await Api.PostAsync("auth/v1/token/generate", body)).ShouldFailWith(1519);
        call.Body!["status"]!["message"]!.GetValue<string>().ShouldContain($"'{field}'");
    }

    [Theory]
    [InlineData("auth/v1/mfa/token/generate", "authorizedToken")]
    [InlineData("auth/v1/mfa/otp/generate", "sessionId")]
    [InlineData("auth/v1/mfa/password/validate", "sessionId")]
    [InlineData("auth/v1/mfa/token/regenerate", "key")]
    [InlineData("auth/v1/mfa/password/change", "token")]
    public async Task MfaEndpoint_MissingMandatoryField_Fails1519NamingIt(string path, string field)
    {
        var call = (await Api.PostAsync(path, TestCustomer.New("AnyBrand").Body())).ShouldFailWith(1519);
        call.Body!["status"]!["message"]!.GetValue<string>().ShouldContain($"'{field}'");
    }

    [Fact]
    public async Task Post_EmptyMandatoryField_Fails1519()
    {
        var body = TestCustomer.New("AnyBrand").Body();
        body["deviceId"] = "  ";
        (await Api.PostAsync("auth/v1/token/generate", body)).ShouldFailWith(1519);
    }

    [Fact]
    public async Task Post_BodyOver64KiB_Fails413WithEnvelope()
    {
        var body = TestCustomer.New("AnyBrand").Body(("padding", new string('x', 70_000)));
        var call = await Api.PostAsync("auth/v1/token/generate", body);
        call.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        call.Code.ShouldBe(1519);
        call.Body!["status"]!["message"]!.GetValue<string>().ShouldContain("65536");
    }

    [Fact]
    public async Task UnknownPath_Returns404Envelope()
    {
        var call = await Api.PostAsync("auth/v1/does/not/exist", new JsonObject());
        call.Status.ShouldBe(HttpStatusCode.NotFound);
        call.Body!["status"]!["success"]!.GetValue<bool>().ShouldBeFalse();
        call.Code.ShouldBe(404);
    }

    [Fact]
    public async Task UpperCasePath_Returns404Envelope()
    {
        var call = await Api.PostAsync("auth/v1/mfa/OTP/generate", TestCustomer.New("AnyBrand").Body(("sessionId", "P-x")));
        call.Status.ShouldBe(HttpStatusCode.NotFound);
        call.Code.ShouldBe(404);
    }

    [Fact]
    public async Task WrongMethod_Returns405Envelope()
    {
        var call = await Api.SendAsync(HttpMethod.Get, "auth/v1/mfa/password/validate", null);
        call.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
        call.Body!["status"]!["success"]!.GetValue<bool>().ShouldBeFalse();
        call.Code.ShouldBe(405);
    }

    [Fact]
    public async Task OtpAsFractionalNumber_Fails1519()
    {
        var call = await Api.PostAsync("auth/v1/otp/validate", TestCustomer.New("AnyBrand").Body(("sessionId", "P-x"), ("otp", 12.5)));
        call.ShouldFailWith(1519);
    }

    [Fact]
    public async Task AuthorizationHeader_IsIgnored()
    {
        var brand = Brands.Unique();
        await Api.PutBrandAsync(brand);
        var c = await Api.CreateCustomerAsync(brand, null);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.BaseUrl, "auth/v1/token/generate"))
        {
            Content = new StringContent(c.Body().ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "bm90OnVzZWQ=");
        using var response = await http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task IdentifierTypeOutsideSet_Fails1546()
    {
        var c = TestCustomer.New("AnyBrand") with { IdentifierType = "mobile" };
        (await Api.PostAsync("auth/v1/token/generate", c.Body())).ShouldFailWith(1546);
    }
}
