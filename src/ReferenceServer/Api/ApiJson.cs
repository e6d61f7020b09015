using System.Text.Json;

namespace MfaConformance.ReferenceServer.Api;

/// <summary>Serializer settings and result helpers for the API envelope.</summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IResult Ok(ApiResponse response) => Results.Json(response, Options, statusCode: StatusCodes.Status200OK);

    public static IResult Error(int httpStatus, int code, string message) =>
        Results.Json(ApiResponse.Error(code, message), Options, statusCode: httpStatus);

    public static Task WriteErrorAsync(HttpContext context, int httpStatus, int code, string message)
    {
        context.Response.StatusCode = httpStatus;
        return context.Response.WriteAsJsonAsync(ApiResponse.Error(code, message), Options);
    }
}
