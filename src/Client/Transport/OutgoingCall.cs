using MfaConformance.Client.Endpoints;
namespace MfaConformance.Client.Transport;

/// <summary>One call to send: endpoint, concrete path, query, and the exact body text.</summary>
internal sealed record OutgoingCall(ApiEndpoint Endpoint, string Path, string? Body, string ContentType = "application/json")
{
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    /// <summary>Overrides the target's per-request timeout for this call (long set-up calls such as bulk provisioning).</summary>
    public TimeSpan? Timeout { get; init; }

    public override string ToString() => Endpoint.Name;
}
