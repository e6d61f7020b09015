namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>
/// Every answer of the API carries <c>Cache-Control: no-store</c> (and <c>Pragma: no-cache</c> for HTTP/1.0 caches):
/// tokens, keys and session ids must never be kept by a browser or a proxy (ASVS 4.0 8.2.1, WSTG-ATHN-06).
/// </summary>
internal static class NoStoreMiddleware
{
    public static IApplicationBuilder UseNoStore(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.Pragma = "no-cache";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
