using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MfaConformance.LoadBench;

/// <summary>
/// A local OTLP/HTTP receiver for the benchmark: accepts every export (POST /v1/metrics, /v1/traces), reads it whole,
/// counts the bytes and answers 200 with an empty (valid) protobuf response; stores nothing. Runs in this process on
/// loopback, so its CPU is part of what (e) measures with OTLP on (an upper bound of the exporter's cost).
/// </summary>
internal sealed class OtlpSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _requests;
    private long _bytes;

    private OtlpSink(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public long Requests => Interlocked.Read(ref _requests);

    public long Bytes => Interlocked.Read(ref _bytes);

    public static async Task<OtlpSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new OtlpSink(app);
        app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            var buffer = new byte[16 * 1024];
            long read = 0;
            int n;
            while ((n = await context.Request.Body.ReadAsync(buffer)) > 0)
            {
                read += n;
            }

            Interlocked.Increment(ref sink._requests);
            Interlocked.Add(ref sink._bytes, read);
            context.Response.StatusCode = (int)HttpStatusCode.OK;
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        sink.BaseUrl = new Uri(app.Urls.First());
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
