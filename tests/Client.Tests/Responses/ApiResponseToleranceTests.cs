using MfaConformance.Client.Requests;
using MfaConformance.Client.Responses;
using MfaConformance.Client.Tests.Support;
using static MfaConformance.Client.Tests.Support.Samples;
namespace MfaConformance.Client.Tests.Responses;

public sealed class ApiResponseToleranceTests : ServerTestBase
{
    private Task<ApiResponse> Validate() =>
        Client.MfaPasswordValidateAsync(new PasswordValidateRequest("MOBILE", Mobile, Device, Brand, Session, Password));

    [Fact]
    public async Task Parse_SpecExampleSuccess_ReadsEnvelopeAuthAndUser()
    {
        Server.Reply(200, TokenResponse());

        var response = await Validate();

        response.IsSuccess.ShouldBeTrue();
        response.Status.ShouldBe(new ApiStatus(true, 200, "SUCCESS"));
        response.Auth.ShouldBe(new AuthBlock(Token, Key));
        response.User.ShouldBe(new UserBlock(false, null, "USER", true));
        response.ProtocolProblem.ShouldBeNull();
        response.ErrorCode.ShouldBeNull();
    }

    [Theory]
    [InlineData("null", null, "null")]
    [InlineData("[\"MOBILE|9198\",\"EMAIL|a@b.c\"]", "MOBILE|9198;EMAIL|a@b.c", "array")]
    [InlineData("\"MOBILE|9198, EMAIL|a@b.c\"", "MOBILE|9198;EMAIL|a@b.c", "string")]
    [InlineData("\"\"", "", "string")]
    public async Task Parse_IdentifierListShapes_NormalisesToList(string json, string? expected, string kind)
    {
        Server.Reply(200, $$$"""{"status":{"success":true,"code":200,"message":"SUCCESS"},"identifiers":{"identifierList":{{{json}}}}}""");

        var response = await Validate();

        var list = response.Identifiers.ShouldNotBeNull().IdentifierList;
        if (expected is null)
            list.ShouldBeNull();
        else
            string.Join(';', list.ShouldNotBeNull()).ShouldBe(expected);
        response.Identifiers.ListKind.ShouldBe(kind);
        response.ProtocolProblem.ShouldBeNull();
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("\"P-a2996f83-a72d-405c-aa23-0eed7a7dba1e\"", "P-a2996f83-a72d-405c-aa23-0eed7a7dba1e")]
    [InlineData("\"anything at all\"", "anything at all")]
    [InlineData("42", "42")]
    public async Task Parse_SessionIdShapes_AcceptsNullOrAnyString(string json, string? expected)
    {
        Server.Reply(200, TokenResponse(sessionId: json));

        var response = await Validate();

        response.User.ShouldNotBeNull().SessionId.ShouldBe(expected);
        response.IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task Parse_ExtraFieldsEverywhere_IgnoresThem()
    {
        Server.Reply(200, """
            {"status":{"success":true,"code":200,"message":"OK then","traceId":"x"},"auth":{"token":"t-1234","key":null,"ttl":900},
             "user":{"role":"VIEW","sessionId":"S-1","extra":{"a":1}},"somethingNew":[1,2,3]}
            """);

        var response = await Validate();

        response.IsSuccess.ShouldBeTrue();
        response.Auth.ShouldBe(new AuthBlock("t-1234", null));
        response.User.ShouldBe(new UserBlock(null, "S-1", "VIEW", null));
        response.HasTopLevelField("somethingNew").ShouldBeTrue();
        response.ProtocolProblem.ShouldBeNull();
    }

    [Fact]
    public async Task Parse_AuthKeyAbsentAndUserNull_GivesNulls()
    {
        Server.Reply(200, """{"status":{"success":true,"code":200,"message":"SUCCESS"},"auth":{"token":"web-token-1"},"user":null}""");

        var response = await Validate();

        response.Auth.ShouldBe(new AuthBlock("web-token-1", null));
        response.User.ShouldBeNull();
        response.IsSuccess.ShouldBeTrue();
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(422)]
    [InlineData(429)]
    public async Task Parse_AnyClientErrorWithEnvelope_ExposesCodeWithoutProblem(int http)
    {
        Server.Reply(http, Error(1528, "whatever wording"));

        var response = await Validate();

        response.StatusCode.ShouldBe(http);
        response.IsClientError.ShouldBeTrue();
        response.IsSuccess.ShouldBeFalse();
        response.ErrorCode.ShouldBe(1528);
        response.Status!.Message.ShouldBe("whatever wording");
        response.ProtocolProblem.ShouldBeNull();
    }

    [Fact]
    public async Task Parse_SuccessFalseOn200_IsNotSuccess()
    {
        Server.Reply(200, Error(1505));

        var response = await Validate();

        response.IsSuccess.ShouldBeFalse();
        response.ErrorCode.ShouldBe(1505, response.ToString() + response.RedactedBody);
    }

    [Fact]
    public async Task Parse_CodeAsString_ReadsNumber()
    {
        Server.Reply(400, """{"status":{"success":"false","code":"1519","message":"x"}}""");

        var response = await Validate();

        response.Status.ShouldBe(new ApiStatus(false, 1519, "x"));
    }

    [Fact]
    public async Task Parse_NonJwtOpaqueTokens_KeptVerbatim()
    {
        Server.Reply(200, TokenResponse(token: "not.a.jwt.at.all==", key: "k"));

        var response = await Validate();

        response.Auth!.Token.ShouldBe("not.a.jwt.at.all==");
        response.Auth.Key.ShouldBe("k");
    }

    [Fact]
    public async Task Parse_Always_ReportsElapsedAndByteCounts()
    {
        var body = TokenResponse();
        Server.Reply(200, body);

        var response = await Validate();

        response.ResponseBytes.ShouldBe(System.Text.Encoding.UTF8.GetByteCount(body));
        response.RequestBytes.ShouldBe(System.Text.Encoding.UTF8.GetByteCount(Server.Single.Body));
        response.Elapsed.ShouldBeGreaterThan(TimeSpan.Zero);
    }
}
