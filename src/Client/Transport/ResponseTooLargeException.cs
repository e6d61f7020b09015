namespace MfaConformance.Client.Transport;

/// <summary>A response whose announced body (Content-Length) is larger than <see cref="TargetOptions.MaxResponseBytes"/>.</summary>
internal sealed class ResponseTooLargeException(long limit, long? announced, int statusCode)
    : IOException(TransportErrors.DescribeTooLarge(limit, announced, statusCode))
{
    public long Limit { get; } = limit;

    /// <summary>The Content-Length the target announced; null when it sent none (chunked, compressed).</summary>
    public long? Announced { get; } = announced;

    /// <summary>The HTTP status of the refused answer; 0 when unknown.</summary>
    public int StatusCode { get; } = statusCode;
}
