using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MfaConformance.Client.Tests.Support;

/// <summary>A tiny Kestrel server on 127.0.0.1:0 that records requests and answers what the test says.</summary>
internal sealed class FakeServer : IAsyncDisposable
{
    public const string SuccessEnvelope = """{"status":{"success":true,"code":200,"message":"SUCCESS"}}""";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private volatile Func<RecordedRequest, HttpContext, Task> _handler = (_, ctx) => Write(ctx, 200, SuccessEnvelope);

    private FakeServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    public RecordedRequest Single => Requests.ShouldHaveSingleItem();

    /// <param name="certificate">When given, the server speaks HTTPS with this certificate.</param>
    public static async Task<FakeServer> StartAsync(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
                listen.UseHttps(certificate);
        }));
        var server = new FakeServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    public void Reply(int status, string body, string contentType = "application/json") =>
        _handler = (_, ctx) => Write(ctx, status, body, contentType);

    public void Handle(Func<RecordedRequest, HttpContext, Task> handler) => _handler = handler;

    /// <summary>Accepts the request and never answers (until the client gives up).</summary>
    public void NeverAnswer() =>
        _handler = (_, ctx) => new TaskCompletionSource().Task.WaitAsync(ctx.RequestAborted);

    public static async Task Write(HttpContext ctx, int status, string body, string contentType = "application/json")
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        await ctx.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body);
        var body = await reader.ReadToEndAsync(ctx.RequestAborted);
        var headers = ctx.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(ctx.Request.Method, ctx.Request.Path.Value ?? "", ctx.Request.QueryString.Value ?? "", headers, body);
        _requests.Enqueue(request);
        try
        {
            await _handler(request, ctx);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // the client gave up
        }
    }
}
