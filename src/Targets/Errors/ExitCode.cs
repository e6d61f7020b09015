namespace MfaConformance.Targets.Errors;

/// <summary>The exit codes of `mfa-conformance` (docs/cli.md, "Exit codes"); <see cref="HarnessException"/> carries one.</summary>
public enum ExitCode
{
    /// <summary>Every documented requirement met and every threshold held.</summary>
    Ok = 0,

    /// <summary>A documented requirement failed, a threshold broke, a stage could not run, or nothing was checked.</summary>
    Failed = 1,

    /// <summary>Bad usage or configuration: nothing ran.</summary>
    Usage = 2,

    /// <summary>The target (or the cluster's NATS server) could not be reached.</summary>
    Unreachable = 3,
}
