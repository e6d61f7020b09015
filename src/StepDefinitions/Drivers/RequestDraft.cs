using System.Text.Json.Nodes;
using MfaConformance.Client;

using MfaConformance.Client.Endpoints;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>
/// A request body being built: fields whose flow value the scenario does not have yet are remembered and
/// reported by <see cref="Build"/> unless a modifier replaced or removed them.
/// </summary>
internal sealed class RequestDraft(ApiEndpoint endpoint, string? credentialField)
{
    private readonly Dictionary<string, string> _unset = new(StringComparer.Ordinal);

    public ApiEndpoint Endpoint { get; } = endpoint;

    /// <summary>The field N6 replaces (authorizedToken, token or key); null when the action sends none.</summary>
    public string? CredentialField { get; } = credentialField;

    public JsonObject Body { get; } = [];

    public RequestDraft Set(string field, string? value, string description = "a value")
    {
        if (value is null)
        {
            _unset[field] = description;
            Body[field] = null;
        }
        else
        {
            Override(field, value);
        }

        return this;
    }

    public void Override(string field, string value)
    {
        _unset.Remove(field);
        Body[field] = value;
    }

    /// <summary>The string value the body holds for <paramref name="field"/>, or null.</summary>
    public string? Value(string field) => Body[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public void Remove(string field)
    {
        _unset.Remove(field);
        Body.Remove(field);
    }

    public JsonObject Build() => _unset.Count == 0
        ? Body
        : throw new InvalidOperationException(
            $"Cannot call {Endpoint.Name}: the scenario has no {string.Join(", ", _unset.Select(u => $"{u.Value} for '{u.Key}'"))} yet (an earlier step did not obtain it).");
}
