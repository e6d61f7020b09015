namespace MfaConformance.HostileTarget;

/// <summary>How <see cref="HostileTargetServer"/> answers every request (the probes of issue 13).</summary>
public enum HostileBehaviour
{
    /// <summary>200 with a huge body announced by Content-Length.</summary>
    Huge,

    /// <summary>200 with a huge chunked body (no Content-Length).</summary>
    HugeChunked,

    /// <summary>A correct-looking success envelope, but only after the delay.</summary>
    Late,

    /// <summary>The status line and headers, the first bytes of the body, then nothing until the client gives up.</summary>
    Stall,

    /// <summary>Success to every API call (with a session, a token and a key) and plausible sandbox hooks: a "yes-man".</summary>
    YesMan,
}
