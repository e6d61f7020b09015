using System.Text.Json.Nodes;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Redaction;
using MfaConformance.Client.Responses;
using MfaConformance.Client.Transport;
namespace MfaConformance.Client.Exchange;

/// <summary>
/// One request/response exchange. Every public text member is redacted (secret JSON keys become "***",
/// registered secret values are masked anywhere); the raw texts stay internal.
/// </summary>
public sealed class ExchangeRecord
{
    private readonly SecretRedactor _redactor;
    private readonly Lazy<string> _requestBody;
    private readonly Lazy<string> _responseBody;
    private readonly Lazy<string?> _transportError;

    internal ExchangeRecord(ExchangeData data, SecretRedactor redactor)
    {
        Data = data;
        _redactor = redactor;
        _requestBody = new Lazy<string>(() => redactor.RedactBody(data.RequestBody));
        _responseBody = new Lazy<string>(() => redactor.RedactBody(data.ResponseBody));
        _transportError = new Lazy<string?>(() => data.TransportError is null ? null : redactor.RedactText(data.TransportError));
    }

    /// <summary>The call name, e.g. "POST /auth/v1/mfa/otp/validate".</summary>
    public string CallName => Data.Endpoint.Name;

    public ApiEndpoint Endpoint => Data.Endpoint;

    public string Method => Data.Endpoint.Method;

    /// <summary>The absolute URL called (query included), value-redacted.</summary>
    public string Url => _redactor.RedactText(Data.Url);

    public DateTimeOffset StartedAt => Data.StartedAt;

    /// <summary>Request headers sent by the harness; secret-looking header values are masked.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RequestHeaders => HeaderRedaction.Redact(Data.RequestHeaders, _redactor);

    public string RequestBody => _requestBody.Value;

    /// <summary>The W3C trace id (32 hex digits) the call's traceparent header carried: the id the target's logs know it by.</summary>
    public string? TraceId => TraceParent.TraceIdOf(Data.RequestHeaders.FirstOrDefault(h => h.Key == TraceParent.HeaderName).Value);

    /// <summary>HTTP status code; 0 when the call failed at the transport level.</summary>
    public int StatusCode => Data.StatusCode;

    public string? ResponseContentType => Data.ResponseContentType;

    /// <summary>Response headers (cookies and credentials masked).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders => HeaderRedaction.Redact(Data.ResponseHeaders, _redactor);

    public string ResponseBody => _responseBody.Value;

    public TimeSpan Elapsed => Data.Elapsed;

    /// <summary>UTF-8 bytes of the request body (headers not counted).</summary>
    public long RequestBytes => Data.RequestBytes;

    /// <summary>Bytes of the response body as received (headers not counted).</summary>
    public long ResponseBytes => Data.ResponseBytes;

    /// <summary>The transport failure ("...: connection refused (...)"), or null when a response arrived.</summary>
    public string? TransportError => _transportError.Value;

    /// <summary>True when the target did not answer (or finish answering) within the per-request timeout.</summary>
    public bool TimedOut => Data.TransportError is { } error && TransportErrors.IsTimeout(error);

    /// <summary>
    /// The request body as sent, parsed as JSON (null when it was not JSON). It is NOT redacted: for callers that compare
    /// the values sent with values they already hold (the explorer's model); never print it or write it anywhere.
    /// </summary>
    public JsonNode? UnredactedRequestJson() => ParseRequestJson();

    /// <summary>
    /// The response parsed again from the raw body, as the client returned it to the caller (its raw token, key and
    /// session values are readable, as on any <see cref="ApiResponse"/>); for connection-wide observers that need them.
    /// </summary>
    public ApiResponse ToResponse() => new(this, Data.StatusCode == 0
        ? ParsedBody.Empty
        : ResponseParser.Parse(Data.Endpoint, Data.StatusCode, Data.ResponseContentType, Data.ResponseBody, (int)Math.Min(int.MaxValue, Data.ResponseBytes), _redactor));

    /// <summary>
    /// True when the raw response (body or any header value) contains <paramref name="value"/> as a whole word, not inside a
    /// longer run of letters, digits, '-' or '_' (so a 6-digit OTP is not found by chance inside a base64url token). For
    /// the security stage's "is a secret echoed?" without exposing the raw response.
    /// </summary>
    public bool ResponseMentions(string value) =>
        !string.IsNullOrEmpty(value)
        && (ContainsWord(Data.ResponseBody, value) || Data.ResponseHeaders.Any(h => ContainsWord(h.Value, value)));

    /// <summary>True when a raw response header named <paramref name="header"/> contains <paramref name="value"/>.</summary>
    public bool HeaderMentions(string header, string value) =>
        !string.IsNullOrEmpty(value)
        && Data.ResponseHeaders.Any(h => string.Equals(h.Key, header, StringComparison.OrdinalIgnoreCase) && h.Value.Contains(value, StringComparison.Ordinal));

    /// <summary>The multi-line redacted exchange, for reports and attachments.</summary>
    public string Format() => ExchangeFormatter.Format(this);

    /// <summary>A curl command reproducing the call with secrets as shell variables ($PASSWORD, $OTP, ...).</summary>
    public string ToCurl() => CurlCommandBuilder.Build(this);

    public override string ToString() =>
        TransportError ?? $"{CallName} -> {StatusCode} ({Elapsed.TotalMilliseconds:0} ms)";

    internal ExchangeData Data { get; }

    private static bool ContainsWord(string? text, string value)
    {
        if (text is null)
            return false;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + value.Length >= text.Length ? ' ' : text[at + value.Length];
            if (!IsWordChar(before) && !IsWordChar(after))
                return true;
        }
        return false;

        static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
    }

    internal SecretRedactor Redactor => _redactor;

    internal JsonNode? ParseRequestJson()
    {
        try
        {
            return string.IsNullOrEmpty(Data.RequestBody) ? null : JsonNode.Parse(Data.RequestBody);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
