using MfaConformance.ReferenceServer.Api;

namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>Turns every failure outside the flows into the JSON envelope: unknown path 404, wrong method 405, anything else 400/1519. Never a 500.</summary>
internal static partial class ProtocolErrorMiddleware
{
    public static WebApplication UseJsonProtocolErrors(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MfaConformance.ReferenceServer");
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
            {
                LogUnhandled(logger, context.Request.Path, ex.GetType().Name);
                context.Response.Clear();
                await ApiJson.WriteErrorAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.InvalidDetails, "Invalid details passed: the request could not be processed").ConfigureAwait(false);
            }
        });
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            if (path.StartsWith("/auth/", StringComparison.OrdinalIgnoreCase) && path.Any(char.IsUpper))
            {
                // Spec #27: API paths are lower-case and compared case-sensitively.
                await ApiJson.WriteErrorAsync(context, StatusCodes.Status404NotFound, StatusCodes.Status404NotFound, $"Not found: no endpoint at {path} (paths are lower-case)").ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            var code = context.Response.StatusCode;
            var message = code switch
            {
                StatusCodes.Status404NotFound => $"Not found: no endpoint at {context.Request.Path}",
                StatusCodes.Status405MethodNotAllowed => $"Method {context.Request.Method} is not allowed on {context.Request.Path}",
                StatusCodes.Status413PayloadTooLarge => $"Invalid details passed: request body exceeds {BodyReader.MaxBodyBytes} bytes",
                _ => "Invalid details passed: the request could not be read",
            };
            var apiCode = code is StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed ? code : ErrorCodes.InvalidDetails;
            await ApiJson.WriteErrorAsync(context, code, apiCode, message).ConfigureAwait(false);
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unhandled {ExceptionType} on {Path}; answered with 1519")]
    private static partial void LogUnhandled(ILogger logger, string path, string exceptionType);
}
