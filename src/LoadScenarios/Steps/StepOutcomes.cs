using System.Globalization;
using MfaConformance.Client;
using MfaConformance.Client.Responses;
using MfaConformance.LoadEngine;
namespace MfaConformance.LoadScenarios.Steps;

/// <summary>
/// Turns what a measured step got into a load <see cref="Response"/>: ok with status and bytes when every check
/// held; otherwise failed, classified by HTTP status and API error code, with a short redacted reason that names
/// the step ("mfa_password_validate - refused (HTTP 400, status.code 1528)", "mfa_password_validate - success but no key"; not "step: reason", which the engine's key=value redaction would mask).
/// Reasons carry no per-iteration values, so the report can count them.
/// </summary>
public static class StepOutcomes
{
    private const string BodySeparator = ", body:";

    public static Response From(string step, IReadOnlyList<ApiResponse> responses, IReadOnlyList<ResponseCheck> checks, Func<string?, string> redact)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(redact);
        if (responses.Count == 0)
        {
            return Response.Fail(message: $"{step} - the step made no call");
        }

        var last = responses[^1];
        long sent = responses.Sum(r => r.RequestBytes), received = responses.Sum(r => r.ResponseBytes);
        var status = last.TransportError is null ? last.StatusCode.ToString(CultureInfo.InvariantCulture) : null;
        var errorCode = last.ErrorCode?.ToString(CultureInfo.InvariantCulture);
        var reason = Classify(last) ?? checks.Select(c => c.Failure(last)).FirstOrDefault(r => r is not null);
        return reason is null
            ? Response.Ok(statusCode: status, bytesSent: sent, bytesReceived: received)
            : Response.Fail(statusCode: status, errorCode: errorCode, message: redact($"{step} - {reason}"), bytesSent: sent, bytesReceived: received);
    }

    /// <summary>A failed step from an exception (a set-up or driver failure): its type and first sentence, without any body.</summary>
    public static Response FromException(string step, Exception exception, Func<string?, string> redact)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(redact);
        return Response.Fail(message: redact($"{step} - {Shorten(exception.Message)}"));
    }

    /// <summary>A message cut before the response body and after its first line.</summary>
    public static string Shorten(string? message)
    {
        var text = message ?? string.Empty;
        var body = text.IndexOf(BodySeparator, StringComparison.Ordinal);
        if (body >= 0)
        {
            text = text[..body];
        }

        var line = text.IndexOfAny(['\r', '\n']);
        return (line >= 0 ? text[..line] : text).Trim();
    }

    private static string? Classify(ApiResponse response)
    {
        if (response.TransportError is { } transport)
        {
            return $"no answer ({Shorten(transport)})";
        }

        if (response.StatusCode >= 500)
        {
            return $"server error (HTTP {response.StatusCode.ToString(CultureInfo.InvariantCulture)})";
        }

        if (!response.IsSuccess)
        {
            var code = response.Status?.Code is { } c ? c.ToString(CultureInfo.InvariantCulture) : "none";
            return $"refused (HTTP {response.StatusCode.ToString(CultureInfo.InvariantCulture)}, status.code {code})";
        }

        return null;
    }
}
