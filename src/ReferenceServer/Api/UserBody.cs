namespace MfaConformance.ReferenceServer.Api;

/// <summary>The <c>user</c> part of a token-bearing response.</summary>
internal sealed record UserBody(bool AppRegistered, string? SessionId, string Role, bool UserRegisteredForPassword);
