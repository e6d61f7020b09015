namespace MfaConformance.Cli.Accept;

/// <summary>The result of `accept`: the exit code, the bundle folder and what it says.</summary>
internal sealed record AcceptOutcome(int ExitCode, string BundleFolder, AcceptReport Report);
