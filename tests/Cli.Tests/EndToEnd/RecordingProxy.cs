using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MfaConformance.Cli.Tests.EndToEnd;

/// <summary>
/// A loopback HTTP proxy in front of a target that records every request and response body, so a test knows
/// every secret that went over the wire (passwords, OTPs, tokens, keys) and can search the reports for them.
/// </summary>
internal sealed class RecordingProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;

    private RecordingProxy(WebApplication app, HttpClient upstream, Uri url)
    {
        _app = app;
        _upstream = upstream;
        Url = url;
    }

    public Uri Url { get; }

    public ConcurrentQueue<string> Bodies { get; } = new();

    /// <summary>The response bodies alone (also in <see cref="Bodies"/>): what the target issued.</summary>
    public ConcurrentQueue<string> ResponseBodies { get; } = new();

    public static async Task<RecordingProxy> StartAsync(Uri upstreamUrl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var upstream = new HttpClient { BaseAddress = upstreamUrl };
        RecordingProxy? proxy = null;
        app.Run(context => proxy!.ForwardAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        proxy = new RecordingProxy(app, upstream, new Uri(address));
        return proxy;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var requestText = System.Text.Encoding.UTF8.GetString(body.ToArray());
        Bodies.Enqueue(requestText);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString);
        if (body.Length > 0 || context.Request.ContentType is not null)
        {
            request.Content = new ByteArrayContent(body.ToArray());
            if (context.Request.ContentType is { } type)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
        }

        using var response = await _upstream.SendAsync(request);
        var responseBytes = await response.Content.ReadAsByteArrayAsync();
        var responseText = System.Text.Encoding.UTF8.GetString(responseBytes);
        Bodies.Enqueue(responseText);
        ResponseBodies.Enqueue(responseText);
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Content.Headers.ContentType is { } contentType)
        {
            context.Response.ContentType = contentType.ToString();
        }

        // the caching headers pass through, as any proxy in front of an auth API must (the security stage checks them)
        foreach (var name in new[] { "Cache-Control", "Pragma" })
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await context.Response.Body.WriteAsync(responseBytes);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _upstream.Dispose();
    }
}
