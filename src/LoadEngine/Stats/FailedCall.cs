namespace MfaConformance.LoadEngine.Stats;

/// <summary>
/// One failed call of a step (or a failed iteration), named by its W3C trace id: the vendor finds the same id in the
/// traceparent header their server received, so in their own logs. The message is already redacted.
/// </summary>
public sealed record FailedCall(string TraceId, string? StatusCode, string? ErrorCode, string? Message);
