using System.Text.Json.Nodes;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Exchange;
using MfaConformance.Client.Requests;
using MfaConformance.Client.Responses;
namespace MfaConformance.Client.Transport;

/// <summary>
/// The typed client for every auth/v1 endpoint. A cheap view over a shared <see cref="TargetConnection"/>;
/// thread-safe. Every method returns an <see cref="ApiResponse"/> and never throws for HTTP errors, bad
/// bodies or transport failures (see <see cref="ApiResponse.TransportError"/>); only cancellation throws.
/// Bodies are JSON with Content-Type application/json; no Authorization header is sent.
/// </summary>
public sealed class AuthApiClient
{
    private readonly TargetConnection _connection;
    private readonly IExchangeObserver? _observer;

    public AuthApiClient(TargetConnection connection, IExchangeObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _observer = observer;
    }

    public Task<ApiResponse> TokenGenerateAsync(TokenGenerateRequest request, ApiChannel channel = ApiChannel.Mobile, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.For(ApiEndpoints.TokenGenerate, channel), request, cancellationToken);

    public Task<ApiResponse> OtpGenerateAsync(OtpGenerateRequest request, ApiChannel channel = ApiChannel.Mobile, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.For(ApiEndpoints.OtpGenerate, channel), request, cancellationToken);

    public Task<ApiResponse> OtpValidateAsync(OtpValidateRequest request, ApiChannel channel = ApiChannel.Mobile, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.For(ApiEndpoints.OtpValidate, channel), request, cancellationToken);

    public Task<ApiResponse> PasswordValidateAsync(PasswordValidateRequest request, ApiChannel channel = ApiChannel.Mobile, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.For(ApiEndpoints.PasswordValidate, channel), request, cancellationToken);

    public Task<ApiResponse> TokenRegenerateAsync(TokenRegenerateRequest request, ApiChannel channel = ApiChannel.Mobile, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.For(ApiEndpoints.TokenRegenerate, channel), request, cancellationToken);

    public Task<ApiResponse> PasswordChangeAsync(PasswordChangeRequest request, ApiChannel channel = ApiChannel.Mobile, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.For(ApiEndpoints.PasswordChange, channel), request, cancellationToken);

    public Task<ApiResponse> PasswordForgetAsync(PasswordForgetRequest request, ApiChannel channel = ApiChannel.Mobile, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.For(ApiEndpoints.PasswordForget, channel), request, cancellationToken);

    public Task<ApiResponse> MfaTokenGenerateAsync(MfaTokenGenerateRequest request, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.MfaTokenGenerate, request, cancellationToken);

    public Task<ApiResponse> MfaOtpGenerateAsync(OtpGenerateRequest request, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.MfaOtpGenerate, request, cancellationToken);

    public Task<ApiResponse> MfaOtpValidateAsync(OtpValidateRequest request, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.MfaOtpValidate, request, cancellationToken);

    public Task<ApiResponse> MfaPasswordValidateAsync(PasswordValidateRequest request, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.MfaPasswordValidate, request, cancellationToken);

    /// <summary>POST mfa/password/forget (the spec's default, #2).</summary>
    public Task<ApiResponse> MfaPasswordForgetAsync(PasswordForgetRequest request, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.MfaPasswordForget, request, cancellationToken);

    public Task<ApiResponse> MfaPasswordChangeAsync(PasswordChangeRequest request, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.MfaPasswordChange, request, cancellationToken);

    public Task<ApiResponse> MfaTokenRegenerateAsync(TokenRegenerateRequest request, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.MfaTokenRegenerate, request, cancellationToken);

    /// <summary>DELETE mfa/token/expire with a JSON body (the body is really sent on DELETE).</summary>
    public Task<ApiResponse> MfaTokenExpireAsync(TokenExpireRequest request, CancellationToken cancellationToken = default) =>
        SendTypedAsync(ApiEndpoints.MfaTokenExpire, request, cancellationToken);

    /// <summary>
    /// Sends <paramref name="body"/> exactly as given to <paramref name="endpoint"/>: for request-validation
    /// scenarios that must omit a field, send an empty string, a number or a wrong type deliberately.
    /// </summary>
    public Task<ApiResponse> SendRawAsync(ApiEndpoint endpoint, JsonObject body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return SendRawTextAsync(endpoint, body.ToJsonString(), "application/json", cancellationToken);
    }

    /// <summary>Sends any text (malformed JSON, another content type) to <paramref name="endpoint"/>.</summary>
    public Task<ApiResponse> SendRawTextAsync(ApiEndpoint endpoint, string body, string contentType = "application/json", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        RegisterSecrets(body);
        return _connection.SendAsync(new OutgoingCall(endpoint, endpoint.Path, body, contentType), _observer, cancellationToken);
    }

    private Task<ApiResponse> SendTypedAsync<T>(ApiEndpoint endpoint, T request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendRawAsync(endpoint, RequestJson.ToJsonObject(request), cancellationToken);
    }

    private void RegisterSecrets(string body)
    {
        if (!_connection.Redactor.Registry.IsEnabled)
            return;
        try
        {
            _connection.Redactor.RegisterSecretsIn(JsonNode.Parse(body));
        }
        catch (System.Text.Json.JsonException)
        {
            // not JSON: nothing to register by key
        }
    }
}
