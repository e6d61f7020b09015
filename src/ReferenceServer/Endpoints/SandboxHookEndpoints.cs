using MfaConformance.ReferenceServer.Api;
using MfaConformance.ReferenceServer.Flows;

namespace MfaConformance.ReferenceServer.Endpoints;

/// <summary>The sandbox control plane under <c>/__harness/v1/</c> (control-plane.md).</summary>
internal static class SandboxHookEndpoints
{
    public static IEndpointRouteBuilder MapSandboxHookEndpoints(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("/__harness/v1");
        hooks.MapPut("/brands/{brand}", PutBrand);
        hooks.MapPost("/customers", PostCustomers);
        hooks.MapGet("/otp", GetOtp);
        hooks.MapPost("/clock", AdvanceClock);
        return app;
    }

    private static Task<IResult> PutBrand(HttpContext context, string brand, SandboxHooks hooks) =>
        RunAsync(context, body => hooks.PutBrand(brand, body));

    private static Task<IResult> PostCustomers(HttpContext context, SandboxHooks hooks) => RunAsync(context, hooks.PutCustomers);

    private static Task<IResult> AdvanceClock(HttpContext context, SandboxHooks hooks) => RunAsync(context, hooks.AdvanceClock);

    private static IResult GetOtp(string? brand, string? identifierType, string? identifierValue, string? sessionId, SandboxHooks hooks) =>
        ToResult(hooks.GetOtp(brand, identifierType, identifierValue, sessionId));

    private static async Task<IResult> RunAsync(HttpContext context, Func<System.Text.Json.Nodes.JsonNode?, HookResult> operation)
    {
        try
        {
            var body = await BodyReader.ReadNodeAsync(context.Request, context.RequestAborted, allowEmpty: true).ConfigureAwait(false);
            return ToResult(operation(body));
        }
        catch (ApiException ex)
        {
            return ToResult(HookResult.Fail(ex.HttpStatus, ex.Message));
        }
    }

    private static IResult ToResult(HookResult result) =>
        result.Error is null
            ? Results.Json(result.Body, statusCode: result.Status)
            : Results.Problem(
                detail: result.Error,
                statusCode: result.Status,
                title: "Sandbox hook request refused",
                extensions: new Dictionary<string, object?> { ["message"] = result.Error });
}
