using System.Text.Json.Nodes;

namespace MfaConformance.ReferenceServer.Flows;

/// <summary>The outcome of a sandbox hook: an HTTP status and either a JSON body or an error message.</summary>
internal sealed record HookResult(int Status, JsonNode? Body, string? Error)
{
    public static HookResult Ok(int status, JsonNode body) => new(status, body, null);

    public static HookResult Fail(int status, string error) => new(status, null, error);
}
