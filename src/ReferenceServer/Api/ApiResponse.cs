using System.Text.Json.Serialization;

namespace MfaConformance.ReferenceServer.Api;

/// <summary>The API envelope. Absent parts are omitted; <c>auth.key</c> and <c>user.sessionId</c> stay as null.</summary>
internal sealed record ApiResponse(
    StatusBody Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AuthBody? Auth = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UserBody? User = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IdentifiersBody? Identifiers = null)
{
    public static ApiResponse Ok() => new(StatusBody.Ok);

    public static ApiResponse Error(int code, string message) => new(new StatusBody(false, code, message));

    public override string ToString() => $"ApiResponse {{ Status = {Status}, Auth = {(Auth is null ? "null" : "***")} }}";

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Status = ").Append(Status);
        return true;
    }
}
