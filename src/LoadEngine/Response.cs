namespace MfaConformance.LoadEngine;

/// <summary>
/// The outcome of a step or of a whole iteration (NBomber's <c>Response</c>). <see cref="StatusCode"/> is the
/// HTTP status as text ("200"), <see cref="ErrorCode"/> the API's own error code ("1505").
/// Messages must not carry secrets: callers redact; the engine truncates them to 300 characters.
/// </summary>
public sealed class Response
{
    internal const int MaxMessageLength = 300;
    private static readonly Response PlainOk = new(false, null, null, null, 0, 0);
    private static readonly Response PlainFail = new(true, null, null, null, 0, 0);

    private Response(bool isError, string? statusCode, string? errorCode, string? message, long bytesSent, long bytesReceived)
    {
        IsError = isError;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Message = Truncate(message);
        BytesSent = Math.Max(0, bytesSent);
        BytesReceived = Math.Max(0, bytesReceived);
    }

    /// <summary>True for a failed step or iteration.</summary>
    public bool IsError { get; }

    /// <summary>HTTP status as text, or null.</summary>
    public string? StatusCode { get; }

    /// <summary>The API error code (e.g. "1505"), or null.</summary>
    public string? ErrorCode { get; }

    /// <summary>A short, already-redacted message, or null.</summary>
    public string? Message { get; }

    /// <summary>Bytes sent for this step (request size).</summary>
    public long BytesSent { get; }

    /// <summary>Bytes received for this step (response size).</summary>
    public long BytesReceived { get; }

    /// <summary>A success. <paramref name="sizeBytes"/> (NBomber's) is counted as received bytes.</summary>
    public static Response Ok(string? statusCode = null, long sizeBytes = 0, string? message = null, long bytesSent = 0, long bytesReceived = 0) =>
        statusCode is null && sizeBytes == 0 && message is null && bytesSent == 0 && bytesReceived == 0
            ? PlainOk
            : new Response(false, statusCode, null, message, bytesSent, bytesReceived + sizeBytes);

    /// <summary>A failure. <paramref name="sizeBytes"/> (NBomber's) is counted as received bytes.</summary>
    public static Response Fail(string? statusCode = null, string? message = null, string? errorCode = null, long sizeBytes = 0, long bytesSent = 0, long bytesReceived = 0) =>
        statusCode is null && message is null && errorCode is null && sizeBytes == 0 && bytesSent == 0 && bytesReceived == 0
            ? PlainFail
            : new Response(true, statusCode, errorCode, message, bytesSent, bytesReceived + sizeBytes);

    /// <summary>A failure built from an exception: its type name and message, truncated.</summary>
    public static Response FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new Response(true, null, null, exception.GetType().Name + ": " + exception.Message, 0, 0);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{(IsError ? "Fail" : "Ok")} status={StatusCode ?? "-"} errorCode={ErrorCode ?? "-"}";

    private static string? Truncate(string? message) =>
        message is { Length: > MaxMessageLength } ? string.Concat(message.AsSpan(0, MaxMessageLength - 1), "…") : message;
}
