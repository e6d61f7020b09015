using System.CommandLine;
using MfaConformance.Targets.Errors;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// `mfa-conformance init [--path FILE] [--force]`: writes the commented example configuration, made from the settings
/// table. `init --docs docs/cli.md` rewrites the settings table of that document instead.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Option<string>("--path") { Description = "Where to write it.", DefaultValueFactory = _ => SettingsTable.DefaultConfigFileName };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var docs = new Option<string?>("--docs") { Description = "Rewrite the settings table between its markers in this Markdown file (docs/cli.md) instead." };
        var command = new Command("init", "Write a commented example mfa-conformance.json (every setting, its default, its environment variable and option).");
        command.Options.Add(path);
        command.Options.Add(force);
        command.Options.Add(docs);
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(docs) is { } document)
            {
                var file = Path.Combine(context.CurrentDirectory, document);
                var text = Read(file, "--docs");
                string rewritten;
                try
                {
                    rewritten = SettingsDocument.Rewrite(text);
                }
                catch (InvalidDataException ex)
                {
                    throw new SettingsException("--docs", ex.Message);
                }

                Write(file, rewritten, "--docs");
                output.WriteLine($"Rewrote the settings table of {file}.");
                return ExitCodes.Ok;
            }

            var target = Path.Combine(context.CurrentDirectory, result.GetValue(path)!);
            if (File.Exists(target) && !result.GetValue(force))
            {
                throw new SettingsException("--path", $"'{target}' already exists; use --force to overwrite it.");
            }

            Write(target, ExampleConfig.Text, "--path");
            output.WriteLine($"Wrote {target}. Edit target.baseUrl (or set MFA_TARGET_URL), then run '{CliApplication.ToolName} accept'.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Read(string file, string option)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException(option, $"cannot read '{file}': {ex.Message}");
        }
    }

    private static void Write(string file, string text, string option)
    {
        try
        {
            File.WriteAllText(file, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException(option, $"cannot write '{file}': {ex.Message}");
        }
    }
}
