using System.CommandLine;
using MfaConformance.Cli.Security;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// `mfa-conformance security`: the security stage on its own (issue 21): the @security checks against the target, the
/// report in reports/security/&lt;run-id&gt;/. Exit 0: every check ran without a finding; 1: a finding, or no check could
/// run; 2: bad usage; 3: the target could not be reached.
/// </summary>
internal static class SecurityCommand
{
    public static Command Create(CliContext context)
    {
        var settings = new SettingOptions(HarnessCommands.Security, context);
        var checks = new Option<string[]>("--check")
        {
            Description = $"Run only these @security checks (repeatable): {string.Join(", ", SecurityOptions.CheckNames)}.",
            AllowMultipleArgumentsPerToken = false,
        };
        checks.AcceptOnlyFromAmong([.. SecurityOptions.CheckNames]);
        var command = new Command("security", "Run the security stage (@security): OWASP ASVS 4.0 / WSTG checks of credential secrecy, entropy, brute force, enumeration and timing, session binding, password policy and input bounds, with figures, evidence and curl replays. Advisory in accept. Exit 0 no finding, 1 a finding or nothing checked, 2 bad usage, 3 unreachable.");
        settings.AddTo(command);
        command.Options.Add(checks);
        command.SetAction(async (result, ct) =>
        {
            var resolved = settings.Resolve(result);
            var output = result.InvocationConfiguration.Output;
            var runId = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
            var folder = Path.GetFullPath(Path.Combine(resolved.ReportsFolder, SecurityStageRunner.ReportsSubfolder, runId));
            await using var target = await TargetFactory.LaunchAsync(resolved, ct);
            if (await ReachabilityProbe.ProbeAsync(target.Options, ct) is { } unreachable)
            {
                await output.WriteLineAsync($"error: {unreachable.Message}");
                return ExitCodes.Unreachable;
            }

            await output.WriteLineAsync($"security: target {target.Description}; report {folder}");
            var options = new SecurityOptions
            {
                Samples = resolved.SecuritySamples,
                Checks = result.GetValue(checks) ?? [],
                Embedded = target.Server is not null,
                Output = output,
            };
            var summary = await new SecurityStageRunner().RunOnAsync(target, options, folder, ct);
            await PrintAsync(summary, output);
            await output.WriteLineAsync($"security: report {Path.Combine(folder, SecurityReportWriter.MarkdownFile)}");
            return summary.NotRunReason is not null || summary.Findings > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    public static async Task PrintAsync(SecuritySummary summary, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        if (summary.NotRunReason is { } reason)
        {
            await output.WriteLineAsync($"security: not run: {reason}");
            return;
        }

        foreach (var c in summary.Checks)
        {
            await output.WriteLineAsync($"  {c.Id,-3} {SecurityReportWriter.VerdictWord(c.Verdict),-14} {c.Item,-28} {c.Title}");
            await output.WriteLineAsync($"      {c.Figure}");
        }

        await output.WriteLineAsync(FormattableString.Invariant($"security: {summary.Findings} finding(s) in {summary.Checks.Count} rows; {summary.Calls} calls in {summary.ElapsedSeconds:0.0} s (samples {summary.Samples})"));
    }
}
