using System.CommandLine;
using MfaConformance.Cli.Configuration;
using MfaConformance.Cli.Targets;

namespace MfaConformance.Cli.Commands;

/// <summary>`mfa-conformance init [--path FILE] [--force]`: writes the commented example configuration.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var path = new Option<string>("--path") { Description = "Where to write it.", DefaultValueFactory = _ => HarnessSettingsResolver.DefaultConfigFileName };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var command = new Command("init", "Write a commented example mfa-conformance.json (every setting, its default and its environment variable).");
        command.Options.Add(path);
        command.Options.Add(force);
        command.SetAction(result =>
        {
            var target = result.GetValue(path)!;
            var output = result.InvocationConfiguration.Output;
            if (File.Exists(target) && !result.GetValue(force))
            {
                result.InvocationConfiguration.Error.WriteLine($"error: --path: '{target}' already exists; use --force to overwrite it.");
                return ExitCodes.Usage;
            }

            try
            {
                File.WriteAllText(target, ExampleConfig.Text);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                result.InvocationConfiguration.Error.WriteLine($"error: --path: cannot write '{target}': {ex.Message}");
                return ExitCodes.Usage;
            }

            output.WriteLine($"Wrote {target}. Edit target.baseUrl (or set MFA_TARGET_URL), then run 'mfa-conformance accept'.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
