using MfaConformance.Client.Responses;
namespace MfaConformance.Client.Transport;

/// <summary>
/// Thrown only by <see cref="ApiResponse.EnsureSuccess"/> and by set-up helpers (hooks, OTP lookup)
/// when a call did not succeed; the message is redacted and names the call.
/// </summary>
public sealed class ApiCallException : Exception
{
    public ApiCallException(ApiResponse response)
        : base(response?.ToString())
    {
        ArgumentNullException.ThrowIfNull(response);
        Response = response;
    }

    public ApiCallException(string message)
        : base(message)
    {
    }

    public ApiCallException()
    {
    }

    public ApiCallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The failed response, when there was one.</summary>
    public ApiResponse? Response { get; }
}
