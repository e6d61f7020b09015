using System.Diagnostics;

namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>Writes every request to the <see cref="RequestLog"/> once it is answered (see there for the line).</summary>
internal static class RequestLogMiddleware
{
    public static WebApplication UseRequestLog(this WebApplication app, RequestLog log, TimeProvider time)
    {
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                var request = context.Request;
                log.Write(time.GetUtcNow(), request.Method, request.Path.Value ?? string.Empty, context.Response.StatusCode, Stopwatch.GetElapsedTime(started), request.Headers.TraceParent);
            }
        });
        return app;
    }
}
