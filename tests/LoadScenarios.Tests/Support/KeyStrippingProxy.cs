using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MfaConformance.LoadScenarios.Tests.Support;

/// <summary>
/// A loopback proxy in front of the reference server that breaks the documented contract in one way: the
/// successful answers of one path lose <c>auth.key</c> (a target that "succeeds but gives no key").
/// </summary>
internal sealed class KeyStrippingProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client = new();

    private KeyStrippingProxy(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<KeyStrippingProxy> StartAsync(Uri upstream, string brokenPath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new KeyStrippingProxy(app);
        app.Run(context => proxy.ForwardAsync(context, upstream, brokenPath));
        await app.StartAsync();
        proxy.BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _client.Dispose();
    }

    private async Task ForwardAsync(HttpContext context, Uri upstream, string brokenPath)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(upstream, context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString));
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (context.Request.Path.Value!.EndsWith(brokenPath, StringComparison.Ordinal) && JsonNode.Parse(text) is JsonObject json && json["auth"] is JsonObject auth)
        {
            auth.Remove("key");
            text = json.ToJsonString();
        }

        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
        await context.Response.WriteAsync(text);
    }
}
