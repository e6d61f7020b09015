using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;
using RestSharp;

namespace MfaConformance.Client.Transport;

/// <summary>Turns a RestSharp transport failure into one readable line naming the call.</summary>
internal static class TransportErrors
{
    private static readonly string[] ConnectFailures = ["connection refused", "host not found", "network unreachable", "TLS handshake failed"];

    /// <summary>
    /// Whether a described transport error means no connection could be made at all (refused, unknown host,
    /// unreachable network, TLS handshake), as opposed to a connection the target accepted and then reset or left hanging.
    /// </summary>
    public static bool IsConnectFailure(string description) =>
        ConnectFailures.Any(f => description.Contains(f, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a described transport error means the target left the call unanswered within the timeout.</summary>
    public static bool IsTimeout(string description) => description.Contains(": timed out after ", StringComparison.Ordinal);

    public static string Describe(string callName, Uri url, RestResponse response, TimeSpan timeout, long? maxResponseBytes = null)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        if (response.ResponseStatus == ResponseStatus.TimedOut)
            return $"{callName}: timed out after {FormatSeconds(timeout)} ({origin})";
        var chain = Chain(response.ErrorException).ToList();
        if (chain.OfType<ResponseTooLargeException>().FirstOrDefault() is { } tooLarge)
            return $"{callName}: {tooLarge.Message} ({origin})";
        if (chain.OfType<HttpRequestException>().FirstOrDefault(e => e.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded) is not null
            && maxResponseBytes is { } limit)
            return $"{callName}: {DescribeTooLarge(limit, null, 0)} ({origin})";
        var socket = chain.OfType<SocketException>().FirstOrDefault();
        var what = socket?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => $"host not found '{url.Host}'",
            SocketError.ConnectionReset or SocketError.ConnectionAborted => "connection reset by the server",
            SocketError.TimedOut => $"timed out after {FormatSeconds(timeout)}",
            SocketError.NetworkUnreachable or SocketError.HostUnreachable => "network unreachable",
            _ => null,
        };
        what ??= chain.OfType<AuthenticationException>().Any()
            ? "TLS handshake failed: " + chain.OfType<AuthenticationException>().First().Message
            : chain.OfType<IOException>().Any()
                ? "connection closed before a complete response: " + chain.OfType<IOException>().Last().Message
                : "transport error: " + (chain.LastOrDefault()?.Message ?? response.ErrorMessage ?? response.ResponseStatus.ToString());
        return $"{callName}: {what} ({origin})";
    }

    /// <summary>"the HTTP 200 answer's body (52428800 bytes announced) is larger than the 1048576-byte response-size limit; it was not read".</summary>
    public static string DescribeTooLarge(long limit, long? announced, int statusCode)
    {
        var answer = statusCode > 0 ? $"the HTTP {statusCode.ToString(CultureInfo.InvariantCulture)} answer's body" : "the answer's body";
        var size = announced is { } a
            ? $" ({a.ToString(CultureInfo.InvariantCulture)} bytes announced)"
            : " (no Content-Length; reading stopped at the limit)";
        return $"{answer}{size} is larger than the {limit.ToString(CultureInfo.InvariantCulture)}-byte response-size limit; it was not read";
    }

    public static string FormatSeconds(TimeSpan timeout) =>
        timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            yield return e;
    }
}
