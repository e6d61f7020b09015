using System.Globalization;
using MfaConformance.Client;

using MfaConformance.Client.Responses;
namespace MfaConformance.StepDefinitions.Drivers;

/// <summary>Redacted one-paragraph descriptions of responses for assertion and set-up failure messages.</summary>
public static class ResponseDescriptions
{
    private const int MaxBody = 2000;

    /// <summary>"POST /auth/v1/... answered HTTP 400, status.code 1505, body: {...}" (or the transport error).</summary>
    public static string Describe(ApiResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.TransportError is { } transport)
        {
            return $"{response.CallName} got no answer: {transport}";
        }

        var code = response.Status?.Code is { } c ? c.ToString(CultureInfo.InvariantCulture) : "(none)";
        var success = response.Status?.Success is { } s ? (s ? "true" : "false") : "(none)";
        var body = response.RedactedBody;
        if (body.Length > MaxBody)
        {
            body = body[..MaxBody] + "…";
        }

        var problem = response.ProtocolProblem is { } p ? $", problem: {p}" : string.Empty;
        return $"{response.CallName} answered HTTP {response.StatusCode.ToString(CultureInfo.InvariantCulture)}, status.success {success}, status.code {code}{problem}, body: {(body.Length == 0 ? "(empty)" : body)}";
    }
}
