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

namespace MfaConformance.StepDefinitions.Tests.Hardening;

/// <summary>
/// A server with the lost-update flaw of issue 13, built as a loopback proxy in front of the reference server: a
/// password change or reset the reference server refuses because another update committed first (1528, 1532) is
/// committed anyway (through the customers hook) and acknowledged, the way a server that commits against a stale read
/// does. A change is held for <c>changeDelay</c> first, so a reset sent at the same moment commits before it, as it
/// would while a slow server hashes. Everything else passes through unchanged.
/// </summary>
internal sealed class LostUpdateServer : IAsyncDisposable
{
    private const string Success = """{"status":{"success":true,"code":200,"message":"SUCCESS"}}""";
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;
    private readonly TimeSpan _changeDelay;

    private LostUpdateServer(WebApplication app, HttpClient upstream, TimeSpan changeDelay)
    {
        _app = app;
        _upstream = upstream;
        _changeDelay = changeDelay;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<LostUpdateServer> StartAsync(Uri upstreamBaseUrl, TimeSpan changeDelay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LostUpdateServer(app, new HttpClient { BaseAddress = upstreamBaseUrl }, changeDelay);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
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
        var path = context.Request.Path.Value ?? string.Empty;
        var text = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        var (change, forget) = (path == "/auth/v1/mfa/password/change", path == "/auth/v1/mfa/password/forget");
        if (change)
        {
            await Task.Delay(_changeDelay);
        }

        var (status, contentType, answer) = await ForwardAsync(context.Request.Method, path + context.Request.QueryString, text);
        if ((change && CodeOf(answer) == 1528) || (forget && CodeOf(answer) == 1532))
        {
            var body = JsonNode.Parse(text)!.AsObject();
            await CommitAnywayAsync(body, (string)body[change ? "newPassword" : "password"]!);
            (status, contentType, answer) = (200, "application/json", Success);
        }

        context.Response.StatusCode = status;
        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }

        await context.Response.WriteAsync(answer);
    }

    /// <summary>The lost update: the refused password is stored over whatever committed in between.</summary>
    private async Task CommitAnywayAsync(JsonObject request, string password)
    {
        var customer = new JsonArray(new JsonObject
        {
            ["brand"] = (string)request["brand"]!,
            ["identifierType"] = (string)request["identifierType"]!,
            ["identifierValue"] = (string)request["identifierValue"]!,
            ["password"] = password,
        });
        var (status, _, answer) = await ForwardAsync("POST", "/__harness/v1/customers", customer.ToJsonString());
        if (status != 201)
        {
            throw new InvalidOperationException($"the customers hook answered {status}: {answer}");
        }
    }

    private async Task<(int Status, string? ContentType, string Body)> ForwardAsync(string method, string pathAndQuery, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), pathAndQuery);
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await _upstream.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }

    private static int? CodeOf(string answer)
    {
        try
        {
            return JsonNode.Parse(answer)?["status"]?["code"]?.GetValue<int>();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
