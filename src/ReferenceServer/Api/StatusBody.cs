namespace MfaConformance.ReferenceServer.Api;

/// <summary>The API's status object: <c>{"success","code","message"}</c>.</summary>
internal sealed record StatusBody(bool Success, int Code, string Message)
{
    public static StatusBody Ok { get; } = new(true, 200, "SUCCESS");
}
