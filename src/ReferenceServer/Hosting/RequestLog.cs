using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MfaConformance.ReferenceServer.Hosting;

/// <summary>
/// One line per request: time (UTC), method, path (never the query or a body), status, milliseconds, and the W3C trace
/// and parent span ids of the request's <c>traceparent</c> header ("-" without one), e.g.
/// <c>2026-12-06T20:41:21.123Z POST /auth/v1/mfa/password/validate 401 3.2ms trace=4bf92f3577b34da6a3ce929d0e0e4736 span=00f067aa0ba902b7</c>.
/// So a failure in the harness's reports (which name the trace id) is found here. Nothing secret is written: no header
/// value but the trace context, no body. Lines are buffered and flushed every second and when the server stops, so
/// logging costs a formatted line per request and no write per request.
/// </summary>
public sealed class RequestLog : IAsyncDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private readonly Lock _gate = new();
    private readonly Timer _flush;

    /// <param name="writer">Where the lines go.</param>
    /// <param name="ownsWriter">Dispose <paramref name="writer"/> with the log.</param>
    public RequestLog(TextWriter writer, bool ownsWriter = false)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _ownsWriter = ownsWriter;
        _flush = new Timer(_ => Flush(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>A log to a file (appended), or to standard output for "-".</summary>
    public static RequestLog Open(string target) =>
        target == "-"
            ? new RequestLog(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false }, ownsWriter: true)
            : new RequestLog(new StreamWriter(target, append: true, new UTF8Encoding(false), 64 * 1024) { AutoFlush = false }, ownsWriter: true);

    /// <summary>The 32 hex digits of a traceparent's trace id and its 16 of the parent span, or nulls when it is not a W3C traceparent.</summary>
    public static (string? TraceId, string? SpanId) Parse(string? traceparent) =>
        traceparent is { Length: 55 } && ActivityContext.TryParse(traceparent, null, out var context)
            ? (context.TraceId.ToHexString(), context.SpanId.ToHexString())
            : (null, null);

    internal void Write(DateTimeOffset at, string method, string path, int status, TimeSpan elapsed, string? traceparent)
    {
        var (traceId, spanId) = Parse(traceparent);
        var line = string.Create(CultureInfo.InvariantCulture, $"{at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ} {method} {path} {status} {elapsed.TotalMilliseconds:0.0}ms trace={traceId ?? "-"} span={spanId ?? "-"}");
        lock (_gate)
        {
            _writer.WriteLine(line);
        }
    }

    public void Flush()
    {
        lock (_gate)
        {
            try
            {
                _writer.Flush();
            }
            catch (ObjectDisposedException)
            {
                // stopped
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _flush.DisposeAsync().ConfigureAwait(false);
        Flush();
        if (_ownsWriter)
        {
            lock (_gate)
            {
                _writer.Dispose();
            }
        }
    }
}
