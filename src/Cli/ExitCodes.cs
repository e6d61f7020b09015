namespace MfaConformance.Cli;

/// <summary>The harness's exit codes (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Every documented requirement met and every threshold held.</summary>
    public const int Ok = 0;

    /// <summary>A documented requirement failed or a load threshold broke.</summary>
    public const int Failed = 1;

    /// <summary>Bad usage or bad configuration.</summary>
    public const int Usage = 2;

    /// <summary>The target could not be reached.</summary>
    public const int Unreachable = 3;
}
