using System.CommandLine;
using MfaConformance.Cli.Conformance;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// `mfa-conformance verify`: runs the conformance suite against the target (the embedded reference server by
/// default), writes JUnit, ndjson and HTML reports to &lt;reports&gt;/conformance and prints the summary by level.
/// Exit 0: every @documented scenario that ran passed and one ran at least; 1: one failed, none ran, or --tags selects
/// nothing; 2: bad usage or configuration; 3: unreachable.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var settings = new SettingOptions(HarnessCommands.Verify, context);
        var tags = new Option<string?>("--tags") { Description = "Tag expression selecting scenarios, e.g. \"@smoke\" or \"@documented and not @needs-clock\"; one that selects nothing is exit 1." };
        var provisionBrand = new Option<bool>("--provision-brand") { Description = "With --brand on a target with hooks: PUT the default MFA password configuration on it first." };
        var command = new Command("verify", "Run the conformance suite against the target and report by level (documented / inferred / hardening).");
        settings.AddTo(command);
        command.Options.Add(tags);
        command.Options.Add(provisionBrand);
        command.SetAction(async (result, ct) =>
        {
            var resolved = settings.Resolve(result);
            await using var telemetry = Telemetry.HarnessTelemetry.Start(resolved, result.InvocationConfiguration.Output, metrics: false);
            var options = new VerifyRunOptions { Tags = result.GetValue(tags), ProvisionBrand = result.GetValue(provisionBrand), Output = result.InvocationConfiguration.Output };
            var outcome = await new VerifyRunner().RunAsync(resolved, options, ct);
            return outcome.ExitCode;
        });
        return command;
    }
}
