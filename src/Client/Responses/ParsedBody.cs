using System.Text.Json.Nodes;

namespace MfaConformance.Client.Responses;

/// <summary>What the tolerant parser extracted from a response body.</summary>
internal sealed record ParsedBody(
    JsonNode? Json,
    ApiStatus? Status,
    AuthBlock? Auth,
    UserBlock? User,
    IdentifiersBlock? Identifiers,
    string? Problem)
{
    public static readonly ParsedBody Empty = new(null, null, null, null, null, null);
}
