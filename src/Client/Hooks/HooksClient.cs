using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MfaConformance.Client.Endpoints;
using MfaConformance.Client.Exchange;
using MfaConformance.Client.Responses;
using MfaConformance.Client.Transport;
namespace MfaConformance.Client.Hooks;

/// <summary>
/// The sandbox control plane (control-plane.md) on the same host as the API. Like the API client it
/// never throws for HTTP or transport failures: results carry the <see cref="ApiResponse"/>.
/// </summary>
public sealed class HooksClient
{
    private readonly TargetConnection _connection;
    private readonly IExchangeObserver? _observer;

    public HooksClient(TargetConnection connection, IExchangeObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _observer = observer;
    }

    /// <summary>
    /// Probes POST /__harness/v1/clock {"advanceSeconds":0}: 200 with JSON "now" = present; any other
    /// answer = absent; no connection at all (refused, unknown host, unreachable network, TLS handshake) =
    /// unreachable. A target that accepts the connection and then resets it or never answers is reachable without
    /// hooks: its faults then show up on the API calls themselves. Never throws except on cancellation.
    /// </summary>
    public async Task<ControlPlaneDetection> DetectAsync(CancellationToken cancellationToken = default)
    {
        var result = await AdvanceClockAsync(0, cancellationToken).ConfigureAwait(false);
        var response = result.Response;
        if (response.TransportError is { } error)
        {
            return TransportErrors.IsConnectFailure(error)
                ? new ControlPlaneDetection(ControlPlaneStatus.Unreachable, "target unreachable: " + error)
                : new ControlPlaneDetection(ControlPlaneStatus.Absent, "no sandbox hooks: the probe failed: " + error);
        }

        if (response.StatusCode == 200 && result.Now is not null)
            return new ControlPlaneDetection(ControlPlaneStatus.Present, $"sandbox hooks present ({ClockSkew.Describe(result.Now.Value, response.Exchange.StartedAt + (response.Exchange.Elapsed / 2))})");
        return new ControlPlaneDetection(ControlPlaneStatus.Absent,
            $"no sandbox hooks: {response.CallName} answered HTTP {response.StatusCode}" + (response.StatusCode == 200 ? " without a 'now' field" : string.Empty));
    }

    /// <summary>PUT /__harness/v1/brands/{brand} with configuration keys (section 4 of the spec).</summary>
    public Task<ApiResponse> PutBrandAsync(string brand, JsonObject configuration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        ArgumentNullException.ThrowIfNull(configuration);
        var path = ApiEndpoints.HookBrand.Path.Replace("{brand}", Uri.EscapeDataString(brand), StringComparison.Ordinal);
        return _connection.SendAsync(new OutgoingCall(ApiEndpoints.HookBrand, path, configuration.ToJsonString()), _observer, cancellationToken);
    }

    /// <summary>POST /__harness/v1/customers (creates or resets; 201 {"created":N}).</summary>
    public Task<ApiResponse> CreateCustomersAsync(IReadOnlyList<HookCustomer> customers, CancellationToken cancellationToken = default) =>
        CreateCustomersAsync(customers, null, cancellationToken);

    /// <summary>
    /// POST /__harness/v1/customers with its own timeout (null: the target's): a target hashing passwords at
    /// production strength can take longer for a batch than an API call may.
    /// </summary>
    public Task<ApiResponse> CreateCustomersAsync(IReadOnlyList<HookCustomer> customers, TimeSpan? timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        if (timeout is { } t && (t <= TimeSpan.Zero || t == Timeout.InfiniteTimeSpan))
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "the timeout must be positive and finite");
        var body = new JsonArray(customers.Select(c => (JsonNode?)new JsonObject
        {
            ["brand"] = c.Brand,
            ["identifierType"] = c.IdentifierType,
            ["identifierValue"] = c.IdentifierValue,
            ["password"] = c.Password,
        }).ToArray());
        _connection.Redactor.RegisterSecretsIn(body);
        return _connection.SendAsync(new OutgoingCall(ApiEndpoints.HookCustomers, ApiEndpoints.HookCustomers.Path, body.ToJsonString()) { Timeout = timeout }, _observer, cancellationToken);
    }

    /// <summary>GET /__harness/v1/otp: the newest OTP for the customer (and session when given).</summary>
    public async Task<HookOtpResult> GetOtpAsync(string brand, string identifierType, string identifierValue, string? sessionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        ArgumentException.ThrowIfNullOrWhiteSpace(identifierType);
        ArgumentException.ThrowIfNullOrWhiteSpace(identifierValue);
        List<KeyValuePair<string, string>> query = [new("brand", brand), new("identifierType", identifierType), new("identifierValue", identifierValue)];
        if (!string.IsNullOrEmpty(sessionId))
            query.Add(new("sessionId", sessionId));
        var call = new OutgoingCall(ApiEndpoints.HookOtp, ApiEndpoints.HookOtp.Path, null) { Query = query };
        var response = await _connection.SendAsync(call, _observer, cancellationToken).ConfigureAwait(false);
        var json = response.IsHttpSuccess ? response.RawJson as JsonObject : null;
        var otp = JsonTolerance.AsString(json?["otp"]);
        _connection.Redactor.Registry.Register(otp);
        return new HookOtpResult(response, otp, JsonTolerance.AsString(json?["sessionId"]), Time(json?["issuedAt"]), Time(json?["expiresAt"]));
    }

    /// <summary>POST /__harness/v1/clock {"advanceSeconds": n}; the clock never moves backward.</summary>
    public async Task<HookClockResult> AdvanceClockAsync(int advanceSeconds, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(advanceSeconds);
        var body = new JsonObject { ["advanceSeconds"] = advanceSeconds }.ToJsonString();
        var response = await _connection.SendAsync(new OutgoingCall(ApiEndpoints.HookClock, ApiEndpoints.HookClock.Path, body), _observer, cancellationToken).ConfigureAwait(false);
        var now = response.IsHttpSuccess && response.RawJson is JsonObject o ? Time(o["now"]) : null;
        return new HookClockResult(response, now);
    }

    private static DateTimeOffset? Time(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String
        && DateTimeOffset.TryParse(v.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t)
            ? t
            : null;
}
