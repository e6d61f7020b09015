namespace MfaConformance.Client.Responses;

/// <summary>
/// The <c>identifiers</c> object. <see cref="IdentifierList"/> is normalised: JSON null stays null, an
/// array becomes its items as strings, a string becomes its comma-separated parts (trimmed, empty parts dropped).
/// </summary>
public sealed record IdentifiersBlock(IReadOnlyList<string>? IdentifierList)
{
    /// <summary>The JSON kind the server actually sent for identifierList ("null", "array", "string", "absent", ...).</summary>
    public string ListKind { get; init; } = "absent";
}
