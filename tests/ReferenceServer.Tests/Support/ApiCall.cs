using System.Net;
using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Tests.Support;

/// <summary>One HTTP exchange: status and parsed JSON body.</summary>
internal sealed record ApiCall(HttpStatusCode Status, JsonNode? Body)
{
    public int? Code => Body?["status"]?["code"]?.GetValue<int>();

    public string? Token => Body?["auth"]?["token"]?.GetValue<string>();

    public string? Key => Body?["auth"]?["key"]?.GetValue<string>();

    public string? SessionId => Body?["user"]?["sessionId"]?.GetValue<string>();

    public override string ToString() => $"{(int)Status} code={Code}";

    public ApiCall ShouldSucceed()
    {
        Status.ShouldBe(HttpStatusCode.OK, Body?.ToJsonString());
        Body!["status"]!["success"]!.GetValue<bool>().ShouldBeTrue();
        Code.ShouldBe(200);
        return this;
    }

    public ApiCall ShouldFailWith(int code)
    {
        Body.ShouldNotBeNull($"HTTP {(int)Status} without a JSON body");
        Body["status"]!["success"]!.GetValue<bool>().ShouldBeFalse(Body.ToJsonString());
        Code.ShouldBe(code, Body.ToJsonString());
        Status.ShouldBe(HttpStatusCode.BadRequest);
        Body["status"]!["message"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        return this;
    }
}
