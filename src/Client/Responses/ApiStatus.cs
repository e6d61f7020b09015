namespace MfaConformance.Client.Responses;

/// <summary>
/// The API's <c>status</c> envelope; any member the body did not carry (or carried with an unusable type) is null.
/// <see cref="Message"/> has registered secret values masked.
/// </summary>
public sealed record ApiStatus(bool? Success, int? Code, string? Message);
