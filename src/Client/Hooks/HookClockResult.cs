using MfaConformance.Client.Responses;
namespace MfaConformance.Client.Hooks;

/// <summary>The answer of POST /__harness/v1/clock; <see cref="Now"/> is null when the call failed.</summary>
public sealed record HookClockResult(ApiResponse Response, DateTimeOffset? Now);
