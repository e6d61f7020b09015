using System.Text.Json.Nodes;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Tests.Support;
using MfaConformance.Client.Transport;
namespace MfaConformance.Client.Tests.Hooks;

public sealed class HooksClientTests : ServerTestBase
{
    [Fact]
    public async Task DetectAsync_ClockAnswersNow_Present()
    {
        Server.Reply(200, """{"now":"2026-11-22T10:00:00Z"}""");

        var detection = await Hooks.DetectAsync();

        detection.Status.ShouldBe(ControlPlaneStatus.Present);
        detection.IsPresent.ShouldBeTrue();
        var sent = Server.Single;
        sent.Method.ShouldBe("POST");
        sent.Path.ShouldBe("/__harness/v1/clock");
        JsonNode.DeepEquals(sent.Json, JsonNode.Parse("""{"advanceSeconds":0}""")).ShouldBeTrue();
    }

    [Theory]
    [InlineData(404, "{\"status\":{\"success\":false}}")]
    [InlineData(200, "{\"status\":{\"success\":true}}")]
    [InlineData(200, "<html></html>")]
    [InlineData(405, "")]
    public async Task DetectAsync_OtherAnswer_Absent(int status, string body)
    {
        Server.Reply(status, body);

        var detection = await Hooks.DetectAsync();

        detection.Status.ShouldBe(ControlPlaneStatus.Absent);
        detection.Detail.ShouldContain($"HTTP {status}");
    }

    [Fact]
    public async Task DetectAsync_ClosedPort_UnreachableDistinctFromAbsent()
    {
        using var connection = new TargetConnection(new TargetOptions { BaseUrl = ClosedPort.Url() });

        var detection = await connection.CreateHooksClient().DetectAsync();

        detection.Status.ShouldBe(ControlPlaneStatus.Unreachable);
        detection.Detail.ShouldContain("connection refused");
    }

    [Fact]
    public async Task DetectAsync_ConnectionAcceptedThenDropped_AbsentNotUnreachable()
    {
        Server.Handle((_, ctx) =>
        {
            ctx.Abort();
            return Task.CompletedTask;
        });

        var detection = await Hooks.DetectAsync();

        detection.Status.ShouldBe(ControlPlaneStatus.Absent);
        detection.Detail.ShouldStartWith("no sandbox hooks: the probe failed: POST /__harness/v1/clock");
    }

    [Fact]
    public async Task PutBrandAsync_Config_PutsToBrandPath()
    {
        Server.Reply(200, """{"IS_MFA_PASSWORD_ENABLED":true}""");

        var response = await Hooks.PutBrandAsync("ACME Co", new JsonObject { ["IS_MFA_PASSWORD_ENABLED"] = true });

        var sent = Server.Single;
        sent.Method.ShouldBe("PUT");
        sent.Path.ShouldBe("/__harness/v1/brands/ACME Co");
        sent.Json["IS_MFA_PASSWORD_ENABLED"]!.GetValue<bool>().ShouldBeTrue();
        response.ProtocolProblem.ShouldBeNull();
        response.RedactedJson!["IS_MFA_PASSWORD_ENABLED"]!.GetValue<bool>().ShouldBeTrue();
        response.EnsureSuccess().ShouldBeSameAs(response);
    }

    [Fact]
    public async Task CreateCustomersAsync_Customers_PostsArrayWithNullPassword()
    {
        Server.Reply(201, """{"created":2}""");

        var response = await Hooks.CreateCustomersAsync([
            new HookCustomer("ACME", "MOBILE", "918765432101", null),
            new HookCustomer("ACME", "EMAIL", "a@b.c", "Returning-Pass-1"),
        ]);

        var body = JsonNode.Parse(Server.Single.Body)!.AsArray();
        body.Count.ShouldBe(2);
        body[0]!.AsObject().ContainsKey("password").ShouldBeTrue();
        body[0]!["password"].ShouldBeNull();
        body[1]!["password"]!.GetValue<string>().ShouldBe("Returning-Pass-1");
        response.StatusCode.ShouldBe(201);
        response.Exchange.Format().ShouldNotContain("Returning-Pass-1");
    }

    [Fact]
    public async Task GetOtpAsync_Issued_ReturnsOtpAndQueriesCustomerAndSession()
    {
        Server.Reply(200, """{"otp":"004321","sessionId":"P-1","issuedAt":"2026-11-22T10:00:00Z","expiresAt":"2026-11-22T10:20:00Z"}""");

        var result = await Hooks.GetOtpAsync("ACME", "MOBILE", "9198+1", "P-1");

        result.Otp.ShouldBe("004321");
        result.SessionId.ShouldBe("P-1");
        result.ExpiresAt.ShouldBe(new DateTimeOffset(2026, 11, 22, 10, 20, 0, TimeSpan.Zero));
        var sent = Server.Single;
        sent.Method.ShouldBe("GET");
        sent.Path.ShouldBe("/__harness/v1/otp");
        sent.Query.ShouldBe("?brand=ACME&identifierType=MOBILE&identifierValue=9198%2B1&sessionId=P-1", StringCompareShould.IgnoreCase);
        result.ToString().ShouldNotContain("004321");
        result.Response.Exchange.Format().ShouldNotContain("004321");
    }

    [Fact]
    public async Task GetOtpAsync_NoneIssued_NotFound()
    {
        Server.Reply(404, """{"title":"no otp"}""");

        var result = await Hooks.GetOtpAsync("ACME", "MOBILE", "9198");

        result.Found.ShouldBeFalse();
        result.Response.StatusCode.ShouldBe(404);
        Server.Single.Query.ShouldNotContain("sessionId");
    }

    [Fact]
    public async Task AdvanceClockAsync_Seconds_ReturnsNow()
    {
        Server.Reply(200, """{"now":"2026-11-22T10:15:01Z"}""");

        var result = await Hooks.AdvanceClockAsync(901);

        result.Now.ShouldBe(new DateTimeOffset(2026, 11, 22, 10, 15, 1, TimeSpan.Zero));
        Server.Single.Json["advanceSeconds"]!.GetValue<int>().ShouldBe(901);
    }

    [Fact]
    public async Task AdvanceClockAsync_Negative_Throws() =>
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => Hooks.AdvanceClockAsync(-1));
}
