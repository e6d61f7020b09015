using System.Text.Json.Nodes;
using MfaConformance.Client;

using MfaConformance.Client.Endpoints;
namespace MfaConformance.Explorer.Model;

/// <summary>One API call as it went over the wire: the endpoint, the method and the body's fields (values as sent).</summary>
public sealed class ObservedCall
{
    private readonly JsonObject? _body;

    public ObservedCall(ApiEndpoint endpoint, JsonNode? body, Moment at)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Endpoint = endpoint;
        _body = body as JsonObject;
        At = at;
    }

    public ApiEndpoint Endpoint { get; }

    public Moment At { get; }

    /// <summary>The body was not a JSON object (N9).</summary>
    public bool Malformed => _body is null;

    public bool Has(string field) => _body?.ContainsKey(field) == true && _body[field] is not null;

    /// <summary>Missing, JSON null, or the empty string.</summary>
    public bool IsMissingOrEmpty(string field) => Text(field) is not { Length: > 0 } && !IsOtherValue(field);

    /// <summary>The field's string value; null when missing, null or not a string.</summary>
    public string? Text(string field) =>
        _body?[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>True when the field holds a value that is not a string (a number, an object).</summary>
    public bool IsOtherValue(string field) => _body?[field] is { } node && (node is not JsonValue value || !value.TryGetValue<string>(out _));

    public Identity Identity => new(Text("brand") ?? string.Empty, Text("identifierType") ?? string.Empty, Text("identifierValue") ?? string.Empty, Text("deviceId"));

    public override string ToString() => Endpoint.Name;
}
