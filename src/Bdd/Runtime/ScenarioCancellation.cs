namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// The cancellation of the running scenario, in its Reqnroll container: a binding or driver can take it by
/// constructor injection. The runner stops calling steps once it is cancelled (a per-scenario deadline is a
/// token that cancels after a time).
/// </summary>
public sealed class ScenarioCancellation(CancellationToken token)
{
    public CancellationToken Token { get; } = token;
}
