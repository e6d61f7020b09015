using MfaConformance.Cli.Security;
using MfaConformance.Targets.Launch;

namespace MfaConformance.Cli.Accept;

/// <summary>The security stage of `accept` (issue 21): advisory, never changes the verdict. Must not throw for target faults.</summary>
internal interface ISecurityStage
{
    /// <param name="bundle">The bundle folder; the stage writes its report to its security/ subfolder.</param>
    Task<SecuritySummary> RunAsync(LaunchedTarget target, string bundle, CancellationToken cancellationToken);
}
