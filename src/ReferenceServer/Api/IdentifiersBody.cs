namespace MfaConformance.ReferenceServer.Api;

/// <summary>The <c>identifiers</c> part of the password-validate responses (always null list, spec #19).</summary>
internal sealed record IdentifiersBody(string? IdentifierList);
