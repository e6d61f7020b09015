using System.Text.Json.Nodes;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Exchange;
using MfaConformance.Client.Redaction;

namespace MfaConformance.Cli.Security;

/// <summary>
/// Check 1, credential secrecy, over every API exchange the stage makes (it watches the whole connection): a secret
/// the request carried (a field of <see cref="SecretRedactor.DefaultSecretKeys"/>: password, otp, token, key, ...) must not
/// come back in the body or a header; no URL-bearing header (Location, Content-Location, Link, Refresh) may carry a
/// secret; and every answer that carries a token, key or session id must say <c>Cache-Control: no-store</c>.
/// </summary>
internal sealed class SecrecyScanner : IExchangeObserver
{
    private static readonly string[] UrlHeaders = ["Location", "Content-Location", "Link", "Refresh"];

    private readonly Lock _lock = new();
    private readonly HashSet<string> _endpoints = new(StringComparer.Ordinal);
    private readonly HashSet<string> _served = new(StringComparer.Ordinal);
    private long _scanned;
    private long _credentialAnswers;
    private long _cacheable;
    private long _echoes;
    private long _urlLeaks;

    public ExchangeRecord? FirstEcho { get; private set; }

    public string? FirstEchoField { get; private set; }

    public ExchangeRecord? FirstUrlLeak { get; private set; }

    public ExchangeRecord? FirstCacheable { get; private set; }

    /// <summary>An answer that carried a credential and said no-store (a passing example for the report).</summary>
    public ExchangeRecord? ExampleNoStore { get; private set; }

    public ExchangeRecord? ExampleSecretSent { get; private set; }

    public long Scanned => Interlocked.Read(ref _scanned);

    public long CredentialAnswers => Interlocked.Read(ref _credentialAnswers);

    public long Cacheable => Interlocked.Read(ref _cacheable);

    public long Echoes => Interlocked.Read(ref _echoes);

    public long UrlLeaks => Interlocked.Read(ref _urlLeaks);

    public IReadOnlyCollection<string> Endpoints
    {
        get
        {
            lock (_lock)
            {
                return [.. _endpoints];
            }
        }
    }

    /// <summary>The endpoints that answered other than 404/405 (the ones the target serves).</summary>
    public int Served
    {
        get
        {
            lock (_lock)
            {
                return _served.Count;
            }
        }
    }

    public void OnExchange(ExchangeRecord exchange)
    {
        if (!exchange.Endpoint.UsesEnvelope || exchange.StatusCode == 0)
        {
            return;
        }

        Interlocked.Increment(ref _scanned);
        lock (_lock)
        {
            _endpoints.Add(exchange.CallName);
            if (exchange.StatusCode is not (404 or 405))
            {
                _served.Add(exchange.CallName);
            }
        }

        var sent = Secrets(exchange.UnredactedRequestJson() as JsonObject);
        if (sent.Count > 0 && ExampleSecretSent is null)
        {
            ExampleSecretSent = exchange;
        }

        foreach (var (field, value) in sent)
        {
            if (exchange.ResponseMentions(value))
            {
                if (Interlocked.Increment(ref _echoes) == 1)
                {
                    (FirstEcho, FirstEchoField) = (exchange, field);
                }

                break;
            }
        }

        var response = exchange.ToResponse();
        string?[] issued = [response.Auth?.Token, response.Auth?.Key, response.User?.SessionId];
        var known = sent.Select(s => s.Value).Concat(issued.OfType<string>()).Where(v => v.Length >= 4).ToList();
        if (UrlHeaders.Any(h => known.Any(v => exchange.HeaderMentions(h, v))) && Interlocked.Increment(ref _urlLeaks) == 1)
        {
            FirstUrlLeak = exchange;
        }

        if (issued.Any(v => !string.IsNullOrEmpty(v)))
        {
            Interlocked.Increment(ref _credentialAnswers);
            var noStore = exchange.ResponseHeaders.Any(h => string.Equals(h.Key, "Cache-Control", StringComparison.OrdinalIgnoreCase)
                && h.Value.Contains("no-store", StringComparison.OrdinalIgnoreCase));
            if (!noStore && Interlocked.Increment(ref _cacheable) == 1)
            {
                FirstCacheable = exchange;
            }
            else if (noStore)
            {
                ExampleNoStore ??= exchange;
            }
        }
    }

    private static List<(string Field, string Value)> Secrets(JsonObject? request)
    {
        var found = new List<(string, string)>();
        if (request is null)
        {
            return found;
        }

        foreach (var field in SecretRedactor.DefaultSecretKeys)
        {
            if (request[field] is JsonValue v && v.ToString() is { } text && text.Length >= SecretRegistry.MinimumLength)
            {
                found.Add((field, text));
            }
        }

        return found;
    }
}
