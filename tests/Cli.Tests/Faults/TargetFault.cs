namespace MfaConformance.Cli.Tests.Faults;

/// <summary>How <see cref="FaultyTargetServer"/> misbehaves on every auth/v1 call.</summary>
public enum TargetFault
{
    /// <summary>Accepts the connection, then resets it (RST, linger 0) without answering.</summary>
    Reset,

    /// <summary>Accepts the connection and never answers.</summary>
    Hang,

    /// <summary>Answers 200 with an HTML page.</summary>
    Html,

    /// <summary>Answers 200 application/json with a body cut in the middle.</summary>
    TruncatedJson,

    /// <summary>Answers HTTP 500.</summary>
    ServerError,
}
