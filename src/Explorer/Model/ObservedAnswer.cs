using MfaConformance.Client;

using MfaConformance.Client.Responses;
namespace MfaConformance.Explorer.Model;

/// <summary>The answer to one call: its kind and the values a success hands on (secrets, never printed).</summary>
public sealed record ObservedAnswer(AnswerKind Kind, int StatusCode, int? Code, string? SessionId, string? Token, string? Key)
{
    public bool IsSuccess => Kind == AnswerKind.Success;

    public bool IsRefusal => Kind == AnswerKind.Refused;

    /// <summary>Reads an <see cref="ApiResponse"/> the way the suite's checks T1 and T2 do.</summary>
    public static ObservedAnswer From(ApiResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var kind = response.TransportError is not null || response.StatusCode == 0 ? AnswerKind.NoAnswer
            : response.StatusCode >= 500 ? AnswerKind.ServerError
            : response.IsSuccess && response.Status?.Code == 200 ? AnswerKind.Success
            : response.Status is { } status ? (status.Success != true ? AnswerKind.Refused : AnswerKind.Unrecognized)
            : response.IsClientError ? AnswerKind.Refused
            : AnswerKind.Unrecognized;
        return new ObservedAnswer(kind, response.StatusCode, response.Status?.Code, NonEmpty(response.User?.SessionId), NonEmpty(response.Auth?.Token), NonEmpty(response.Auth?.Key));
    }

    /// <summary>"refused (HTTP 400, code 1505)" — no secrets.</summary>
    public string Describe() => Kind switch
    {
        AnswerKind.Success => $"succeeded (HTTP {StatusCode})",
        AnswerKind.Refused => Code is { } code ? $"was refused (HTTP {StatusCode}, code {code})" : $"was refused (HTTP {StatusCode})",
        AnswerKind.ServerError => $"failed with a server error (HTTP {StatusCode})",
        AnswerKind.NoAnswer => "got no answer",
        _ => $"answered neither a success nor a refusal (HTTP {StatusCode}{(Code is { } c ? $", code {c}" : string.Empty)})",
    };

    public override string ToString() => Describe();

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
