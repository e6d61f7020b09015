namespace MfaConformance.Client.Hooks;

/// <summary>Outcome of probing a target for the sandbox hooks.</summary>
public enum ControlPlaneStatus
{
    /// <summary>The hooks answered as the contract says.</summary>
    Present,

    /// <summary>The target answered, but not with the hooks (404 or another answer).</summary>
    Absent,

    /// <summary>The target could not be reached at all (a different problem from "no hooks").</summary>
    Unreachable,
}
