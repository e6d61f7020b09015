using MfaConformance.Client.Requests;
using MfaConformance.Client.Responses;
using MfaConformance.Client.Tests.Support;
using static MfaConformance.Client.Tests.Support.Samples;
namespace MfaConformance.Client.Tests.Responses;

public sealed class ProtocolProblemTests : ServerTestBase
{
    private Task<ApiResponse> Call() =>
        Client.MfaOtpGenerateAsync(new OtpGenerateRequest("MOBILE", Mobile, Device, Brand, Session));

    [Fact]
    public async Task Parse_HtmlBody_DescribesContentTypeSnippetAndSize()
    {
        var html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        Server.Reply(200, html, "text/html");

        var response = await Call();

        response.ProtocolProblem.ShouldNotBeNull();
        response.ProtocolProblem.ShouldStartWith("expected a JSON body, got text/html: '<html>");
        response.ProtocolProblem.ShouldContain($"({html.Length} bytes)");
        response.Status.ShouldBeNull();
        response.IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public async Task Parse_TruncatedJson_SaysInvalidOrTruncated()
    {
        Server.Reply(200, """{"status":{"success":true,"code":200,"mess""");

        var response = await Call();

        response.ProtocolProblem.ShouldNotBeNull().ShouldStartWith("invalid or truncated JSON");
        response.Status.ShouldBeNull();
    }

    [Fact]
    public async Task Parse_EmptyBody_SaysEmpty()
    {
        Server.Reply(200, "");

        var response = await Call();

        response.ProtocolProblem.ShouldBe("expected a JSON body, got an empty body (0 bytes)");
        response.IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public async Task Parse_EmptyObject_SaysNoEnvelope()
    {
        Server.Reply(400, "{}");

        var response = await Call();

        response.ProtocolProblem.ShouldBe("the JSON body has no 'status' envelope");
        response.IsClientError.ShouldBeTrue();
    }

    [Fact]
    public async Task Parse_JsonArray_SaysNotAnObject()
    {
        Server.Reply(200, "[1,2]");

        var response = await Call();

        response.ProtocolProblem.ShouldNotBeNull().ShouldContain("got array");
    }

    [Fact]
    public async Task Parse_ServerError500_FlagsUnexpectedStatus()
    {
        Server.Reply(500, "Internal Server Error", "text/plain");

        var response = await Call();

        response.StatusCode.ShouldBe(500);
        response.ProtocolProblem.ShouldNotBeNull().ShouldStartWith("unexpected HTTP 500");
        response.ProtocolProblem.ShouldContain("got text/plain");
        response.TransportError.ShouldBeNull();
    }

    [Fact]
    public async Task Parse_ServerError500WithEnvelope_StillReadsStatus()
    {
        Server.Reply(500, Error(1523));

        var response = await Call();

        response.ErrorCode.ShouldBe(1523);
        response.ProtocolProblem.ShouldNotBeNull().ShouldStartWith("unexpected HTTP 500");
    }

    [Fact]
    public async Task Parse_TruncatedJsonWithSecret_ProblemDoesNotLeakIt()
    {
        Server.Reply(200, """{"auth":{"token":"leaky-token-value-123","key""");

        var response = await Call();

        response.ProtocolProblem.ShouldNotBeNull().ShouldNotContain("leaky-token-value-123");
        response.RedactedBody.ShouldNotContain("leaky-token-value-123");
    }

    [Fact]
    public async Task Parse_HtmlLabelledAsJson_SaysHtmlNotTruncated()
    {
        Server.Reply(403, "<html>blocked</html>", "application/json");

        var response = await Call();

        response.ProtocolProblem.ShouldBe("expected a JSON body, got HTML labelled application/json: '<html>blocked</html>' (20 bytes)");
    }
}
