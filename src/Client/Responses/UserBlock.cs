namespace MfaConformance.Client.Responses;

/// <summary>The <c>user</c> object; every member is tolerant (null when absent or of another type).</summary>
public sealed record UserBlock(bool? AppRegistered, string? SessionId, string? Role, bool? UserRegisteredForPassword);
