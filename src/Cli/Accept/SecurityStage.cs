using MfaConformance.Cli.Security;
using MfaConformance.Targets.Launch;

namespace MfaConformance.Cli.Accept;

/// <summary>The security stage as `security` runs it, its report in the bundle's security/ folder; or skipped, with the reason.</summary>
internal sealed class SecurityStage(SecurityOptions? options, string? skippedBecause = null) : ISecurityStage
{
    public static SecurityStage Skipped(string reason) => new(null, reason);

    public async Task<SecuritySummary> RunAsync(LaunchedTarget target, string bundle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (options is null)
        {
            return new SecuritySummary { NotRunReason = skippedBecause ?? "not part of this run" };
        }

        var summary = await new SecurityStageRunner().RunOnAsync(target, options with { Embedded = target.Server is not null }, Path.Combine(bundle, SecurityStageRunner.ReportsSubfolder), cancellationToken);
        return summary;
    }
}
