using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MfaConformance.Tests.Shared.Variant;

/// <summary>
/// A "different server that follows the docs": a loopback proxy in front of the reference server that rewrites
/// every answer with <see cref="VariantRewriter"/>, and answers malformed JSON the way a web framework would
/// (a 400 ProblemDetails body without the API's status envelope).
/// </summary>
internal sealed class VariantServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;
    private readonly VariantRewriter _rewriter = new();

    private VariantServer(WebApplication app, HttpClient upstream, Uri baseUrl)
    {
        _app = app;
        _upstream = upstream;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<VariantServer> StartAsync(Uri upstreamBaseUrl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var upstream = new HttpClient { BaseAddress = upstreamBaseUrl };
        VariantServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new VariantServer(app, upstream, new Uri(address));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _upstream.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var text = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        var isHook = context.Request.Path.StartsWithSegments("/__harness");
        JsonObject? body = null;
        if (text.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException)
            {
                if (!isHook)
                {
                    await WriteAsync(context, 400, new JsonObject { ["title"] = "Bad Request", ["detail"] = "The JSON body could not be read." });
                    return;
                }
            }
        }

        if (body is not null && !isHook)
        {
            _rewriter.RewriteRequest(body);
            text = body.ToJsonString();
        }

        var (status, answer) = await ForwardAsync(context, text, isHook);
        if (answer is JsonObject json)
        {
            if (isHook)
            {
                _rewriter.RewriteHookResponse(json);
            }
            else
            {
                status = _rewriter.RewriteApiResponse(json, status);
            }

            await WriteAsync(context, status, json);
            return;
        }

        context.Response.StatusCode = status;
    }

    private async Task<(int Status, JsonNode? Body)> ForwardAsync(HttpContext context, string body, bool isHook)
    {
        var query = context.Request.QueryString.Value ?? string.Empty;
        if (isHook && context.Request.Query["sessionId"] is { Count: 1 } session)
        {
            query = QueryString.Create(context.Request.Query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Key == "sessionId" ? _rewriter.RealSession(session[0]!) : q.Value.ToString()))).Value!;
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path.Value + query);
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await _upstream.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
        }
        catch (JsonException)
        {
            return ((int)response.StatusCode, null);
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}
