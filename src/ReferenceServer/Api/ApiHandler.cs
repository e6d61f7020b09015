namespace MfaConformance.ReferenceServer.Api;

/// <summary>Runs one API operation: reads the JSON body, calls the flow, maps <see cref="ApiException"/> to the envelope.</summary>
internal static class ApiHandler
{
    public static async Task<IResult> RunAsync(HttpContext context, Func<RequestBody, ApiResponse> operation)
    {
        try
        {
            var body = await BodyReader.ReadObjectAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            return ApiJson.Ok(operation(body));
        }
        catch (ApiException ex)
        {
            return ApiJson.Error(ex.HttpStatus, ex.Code, ex.Message);
        }
    }
}
