namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>
/// The debug switch <c>serve --debug-delay ENDPOINT=DURATION</c>: every request to that endpoint waits the duration
/// before it is handled. It breaks no documented rule (the answers are the same, only later): it plants a known slow-down
/// for the run comparison (<c>compare</c>) to find. ENDPOINT is the endpoint's path below /auth/v1/ with '_' for '/', as
/// the API catalogue and the load steps name it (mfa_password_validate, token_generate, web_otp_validate, ...).
/// </summary>
internal static class DebugDelays
{
    /// <summary>The endpoint name of a request path, or null outside /auth/v1/ ("/auth/v1/mfa/password/validate" is mfa_password_validate).</summary>
    public static string? EndpointName(string path)
    {
        const string prefix = "/auth/v1/";
        return path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length
            ? path[prefix.Length..].TrimEnd('/').Replace('/', '_')
            : null;
    }

    /// <summary>Adds the delays (none: nothing is added); a name that is no endpoint of the server is refused (ArgumentException).</summary>
    public static WebApplication UseDebugDelays(this WebApplication app, IReadOnlyDictionary<string, TimeSpan> delays)
    {
        if (delays.Count == 0)
        {
            return app;
        }

        var known = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => EndpointName("/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/')))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (name, delay) in delays)
        {
            if (!known.Contains(name))
            {
                throw new ArgumentException($"Option 'debug-delay' names no endpoint of the server: '{name}' (known: {string.Join(", ", known.Order(StringComparer.Ordinal))}).", nameof(delays));
            }

            if (delay < TimeSpan.Zero || delay > TimeSpan.FromMinutes(1))
            {
                throw new ArgumentException($"Option 'debug-delay' of '{name}' must be within 0 and 1m.", nameof(delays));
            }
        }

        var table = delays.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        app.Use(async (context, next) =>
        {
            if (EndpointName(context.Request.Path.Value ?? string.Empty) is { } name && table.TryGetValue(name, out var delay) && delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            }

            await next(context).ConfigureAwait(false);
        });
        return app;
    }
}
