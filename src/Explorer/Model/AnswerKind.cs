namespace MfaConformance.Explorer.Model;

/// <summary>How the target answered, in the suite's terms (features/README.md T1, T2).</summary>
public enum AnswerKind
{
    /// <summary>T1: HTTP 2xx, status.success true and status.code 200.</summary>
    Success,

    /// <summary>T2: HTTP below 500 with status.success false, or a 4xx without the envelope.</summary>
    Refused,

    /// <summary>HTTP 5xx: never a refusal.</summary>
    ServerError,

    /// <summary>No answer within the request timeout, or the connection failed.</summary>
    NoAnswer,

    /// <summary>Neither a success nor a refusal (a 2xx whose envelope is not success, a 1xx/3xx).</summary>
    Unrecognized,
}
