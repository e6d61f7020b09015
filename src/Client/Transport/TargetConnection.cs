using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using MfaConformance.Client.Exchange;
using MfaConformance.Client.Hooks;
using MfaConformance.Client.Redaction;
using MfaConformance.Client.Responses;
using RestSharp;
namespace MfaConformance.Client.Transport;

/// <summary>
/// The long-lived, thread-safe connection to one target: one shared <see cref="RestClient"/>, the secret
/// redactor and the connection-wide exchange observers. Create it once per target and share it; create
/// cheap <see cref="AuthApiClient"/>/<see cref="HooksClient"/> views per scenario with their own observer.
/// </summary>
public sealed class TargetConnection : IDisposable
{
    private const string UserAgent = "MfaConformance/0.1";
    private readonly RestClient _client;
    private readonly TimeProvider _time;
    private ImmutableArray<IExchangeObserver> _observers = [];

    public TargetConnection(TargetOptions options, TimeProvider? timeProvider = null, SecretRedactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _time = timeProvider ?? TimeProvider.System;
        Redactor = redactor ?? new SecretRedactor(new SecretRegistry(options.TrackSecrets ? SecretRegistry.DefaultCapacity : 0), options.ExtraSecretKeys);
        var restOptions = new RestClientOptions(options.BaseUrl)
        {
            Timeout = options.Timeout,
            ThrowOnAnyError = false,
            ThrowOnDeserializationError = false,
            FailOnDeserializationError = false,
            DisableCharset = true,
            FollowRedirects = false,
            // every HTTP answer is a completed exchange; only transport failures are not
            CalculateResponseStatus = _ => ResponseStatus.Completed,
            UserAgent = UserAgent,
        };
        _client = new RestClient(CreateHttpClient(options, restOptions), restOptions, disposeHttpClient: true);
    }

    public TargetOptions Options { get; }

    /// <summary>The redactor (and its secret registry) shared by every call on this target.</summary>
    public SecretRedactor Redactor { get; }

    /// <summary>Adds a connection-wide observer (e.g. the load engine's byte counter); dispose the result to remove it.</summary>
    public IDisposable Subscribe(IExchangeObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ImmutableInterlocked.Update(ref _observers, list => list.Add(observer));
        return new Unsubscriber(() => ImmutableInterlocked.Update(ref _observers, list => list.Remove(observer)));
    }

    /// <summary>A typed API client view; <paramref name="observer"/> sees only this view's calls.</summary>
    public AuthApiClient CreateAuthClient(IExchangeObserver? observer = null) => new(this, observer);

    /// <summary>A sandbox hooks client view; <paramref name="observer"/> sees only this view's calls.</summary>
    public HooksClient CreateHooksClient(IExchangeObserver? observer = null) => new(this, observer);

    public void Dispose() => _client.Dispose();

    internal async Task<ApiResponse> SendAsync(OutgoingCall call, IExchangeObserver? observer, CancellationToken cancellationToken)
    {
        var request = BuildRequest(call, out var headers);
        var url = _client.BuildUri(request);
        var startedAt = _time.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var response = await _client.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        cancellationToken.ThrowIfCancellationRequested();

        var transportFailed = response.ResponseStatus != ResponseStatus.Completed || response.StatusCode == 0;
        var bodyBytes = response.RawBytes ?? [];
        var status = transportFailed ? 0 : (int)response.StatusCode;
        var bodyText = transportFailed || bodyBytes.Length == 0 ? null : Encoding.UTF8.GetString(bodyBytes);
        var data = new ExchangeData(
            call.Endpoint, url.ToString(), startedAt, headers, call.Body, call.ContentType,
            status, transportFailed ? null : response.ContentType, transportFailed ? [] : ResponseHeaders(response),
            transportFailed ? null : bodyText ?? string.Empty, elapsed,
            call.Body is null ? 0 : Encoding.UTF8.GetByteCount(call.Body), bodyBytes.LongLength,
            transportFailed ? TransportErrors.Describe(call.Endpoint.Name, url, response, call.Timeout ?? Options.Timeout, Options.MaxResponseBytes) : null);
        var exchange = new ExchangeRecord(data, Redactor);
        var parsed = transportFailed
            ? ParsedBody.Empty
            : ResponseParser.Parse(call.Endpoint, status, response.ContentType, bodyText, bodyBytes.Length, Redactor);
        Notify(exchange, observer);
        return new ApiResponse(exchange, parsed);
    }

    /// <summary>
    /// The HttpClient RestSharp would build (no cookies, no automatic redirects, RestSharp's decompression, the
    /// timeout left to RestSharp) with <see cref="TargetOptions.MaxConnections"/>, plus the response-size limit:
    /// <see cref="HttpClient.MaxResponseContentBufferSize"/> and a Content-Length check (<see cref="ResponseSizeLimitHandler"/>).
    /// </summary>
    private static HttpClient CreateHttpClient(TargetOptions options, RestClientOptions restOptions)
    {
        var handler = new HttpClientHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = restOptions.AutomaticDecompression,
            MaxConnectionsPerServer = options.MaxConnections,
        };
        if (options.AllowInvalidCertificates)
            handler.ServerCertificateCustomValidationCallback = (_, _, _, _) => true;
        return new HttpClient(new ResponseSizeLimitHandler(handler, options.MaxResponseBytes))
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            MaxResponseContentBufferSize = options.MaxResponseBytes,
        };
    }

    private RestRequest BuildRequest(OutgoingCall call, out List<KeyValuePair<string, string>> headers)
    {
        var request = new RestRequest(call.Path, call.Endpoint.RestMethod);
        if (call.Timeout is { } timeout)
            request.Timeout = timeout;
        request.AddHeader("Accept", "application/json");
        headers = [new("Accept", "application/json"), new("User-Agent", UserAgent)];
        if (TraceParent.Enabled)
        {
            var traceparent = TraceParent.ForCurrentSpan();
            headers.Add(new(TraceParent.HeaderName, traceparent));
            request.AddHeader(TraceParent.HeaderName, traceparent);
        }

        foreach (var (name, value) in call.Query)
            request.AddQueryParameter(name, value);
        foreach (var (name, value) in Options.ExtraHeaders)
        {
            request.AddHeader(name, value);
            headers.Add(new(name, value));
        }
        if (call.Body is not null)
        {
            request.AddStringBody(call.Body, call.ContentType);
            headers.Add(new("Content-Type", call.ContentType));
        }
        return request;
    }

    private static List<KeyValuePair<string, string>> ResponseHeaders(RestResponse response)
    {
        var list = new List<KeyValuePair<string, string>>((response.ContentHeaders?.Count ?? 0) + (response.Headers?.Count ?? 0));
        Add(response.ContentHeaders);
        Add(response.Headers);
        return list;

        void Add(IReadOnlyCollection<HeaderParameter>? headers)
        {
            foreach (var h in headers ?? [])
            {
                if (h.Name is not null && h.Value is not null)
                    list.Add(new(h.Name, h.Value));
            }
        }
    }

    private void Notify(ExchangeRecord exchange, IExchangeObserver? observer)
    {
        var observers = _observers;
        foreach (var o in observers)
            o.OnExchange(exchange);
        observer?.OnExchange(exchange);
    }

    private sealed class Unsubscriber(Action action) : IDisposable
    {
        private Action? _action = action;

        public void Dispose() => Interlocked.Exchange(ref _action, null)?.Invoke();
    }
}
