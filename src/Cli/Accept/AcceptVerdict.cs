namespace MfaConformance.Cli.Accept;

/// <summary>The overall outcome of `accept`; maps one-to-one to the exit codes 0, 1 and 3.</summary>
internal enum AcceptVerdict
{
    Passed,
    Failed,
    Unreachable,
}
