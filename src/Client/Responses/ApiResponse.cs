using System.Text.Json.Nodes;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Exchange;
using MfaConformance.Client.Transport;
namespace MfaConformance.Client.Responses;

/// <summary>
/// The outcome of one call. Never thrown: HTTP errors, bodies that are not the envelope
/// (<see cref="ProtocolProblem"/>) and transport failures (<see cref="TransportError"/>, status 0)
/// are all reported here. Only caller cancellation throws (<see cref="OperationCanceledException"/>).
/// </summary>
public sealed class ApiResponse
{
    private readonly ParsedBody _body;

    internal ApiResponse(ExchangeRecord exchange, ParsedBody body)
    {
        Exchange = exchange;
        _body = body;
    }

    public ApiEndpoint Endpoint => Exchange.Endpoint;

    /// <summary>The call name, e.g. "POST /auth/v1/mfa/otp/validate".</summary>
    public string CallName => Exchange.CallName;

    /// <summary>HTTP status code; 0 when the call failed at the transport level.</summary>
    public int StatusCode => Exchange.StatusCode;

    /// <summary>The parsed <c>status</c> envelope; null when the body is not the envelope.</summary>
    public ApiStatus? Status => _body.Status;

    public AuthBlock? Auth => _body.Auth;

    /// <summary>The <c>user</c> object; null when absent or JSON null (web otp/validate).</summary>
    public UserBlock? User => _body.User;

    public IdentifiersBlock? Identifiers => _body.Identifiers;

    public TimeSpan Elapsed => Exchange.Elapsed;

    public long RequestBytes => Exchange.RequestBytes;

    public long ResponseBytes => Exchange.ResponseBytes;

    public string? ContentType => Exchange.ResponseContentType;

    /// <summary>What was wrong with the response as a protocol message (not JSON, not the envelope, 5xx...); null when fine.</summary>
    public string? ProtocolProblem => _body.Problem;

    /// <summary>"&lt;call&gt;: connection refused (...)", "... timed out after 10 s", ...; null when a response arrived.</summary>
    public string? TransportError => Exchange.TransportError;

    /// <summary>HTTP 2xx and <c>status.success == true</c>.</summary>
    public bool IsSuccess => IsHttpSuccess && Status?.Success == true;

    public bool IsHttpSuccess => StatusCode is >= 200 and < 300;

    /// <summary>Any HTTP 4xx (the docs do not fix which one an error uses).</summary>
    public bool IsClientError => StatusCode is >= 400 and < 500;

    /// <summary>The envelope's code when <c>status.success</c> is not true; otherwise null.</summary>
    public int? ErrorCode => Status is { Success: not true } s ? s.Code : null;

    /// <summary>The response body with secrets redacted (the raw body is kept internally only).</summary>
    public string RedactedBody => Exchange.ResponseBody;

    /// <summary>A redacted copy of the parsed JSON body; null when the body is not JSON.</summary>
    public JsonNode? RedactedJson => Exchange.Redactor.RedactJson(_body.Json);

    /// <summary>The redacted exchange (for reports, attachments and curl reproduction).</summary>
    public ExchangeRecord Exchange { get; }

    /// <summary>True when the JSON body's top-level object has a member with this exact name.</summary>
    public bool HasTopLevelField(string name) => _body.Json is JsonObject o && o.ContainsKey(name);

    /// <summary>True when the raw body contains <paramref name="value"/> (e.g. "is the password echoed?") without exposing the body.</summary>
    public bool BodyContains(string value) =>
        !string.IsNullOrEmpty(value) && (Exchange.Data.ResponseBody?.Contains(value, StringComparison.Ordinal) ?? false);

    /// <summary>Throws <see cref="ApiCallException"/> (redacted message) unless the call is a success; for set-up code.</summary>
    public ApiResponse EnsureSuccess() => (Endpoint.UsesEnvelope ? IsSuccess : IsHttpSuccess) ? this : throw new ApiCallException(this);

    internal JsonNode? RawJson => _body.Json;

    /// <summary>One redacted line: call, status, code, problem.</summary>
    public override string ToString()
    {
        if (TransportError is not null)
            return TransportError;
        var text = $"{CallName} -> HTTP {StatusCode}";
        if (Status is not null)
            text += $", success={Status.Success?.ToString() ?? "?"}, code={Status.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}";
        if (ProtocolProblem is not null)
            text += $" [{Exchange.Redactor.RedactText(ProtocolProblem)}]";
        return text;
    }
}
