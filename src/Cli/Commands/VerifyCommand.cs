using System.CommandLine;
using MfaConformance.Cli.Conformance;
using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// `mfa-conformance verify`: runs the conformance suite against the target (the embedded reference server by
/// default), writes JUnit, ndjson and HTML reports to &lt;reports&gt;/conformance and prints the summary by level.
/// Exit 0: every @documented scenario that ran passed; 1: one failed; 2: bad usage or configuration; 3: unreachable.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var harness = new HarnessOptions();
        var deadlines = new SuiteDeadlineOptions();
        var tags = new Option<string?>("--tags") { Description = "Tag expression selecting scenarios, e.g. \"@smoke\" or \"@documented and not @needs-clock\"." };
        var provisionBrand = new Option<bool>("--provision-brand") { Description = "With --brand on a target with hooks: PUT the default MFA password configuration on it first." };
        var command = new Command("verify", "Run the conformance suite against the target and report by level (documented / inferred / hardening).");
        harness.AddTo(command);
        deadlines.AddTo(command);
        command.Options.Add(tags);
        command.Options.Add(provisionBrand);
        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            HarnessSettings settings;
            try
            {
                settings = HarnessSettingsResolver.Resolve(deadlines.ApplyTo(harness.Read(result), result));
            }
            catch (SettingsException ex)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.Usage;
            }

            var options = new VerifyRunOptions { Tags = result.GetValue(tags), ProvisionBrand = result.GetValue(provisionBrand), Output = output };
            var outcome = await new VerifyRunner().RunAsync(settings, options, ct);
            return outcome.ExitCode;
        });
        return command;
    }
}
