using System.CommandLine;
using MfaConformance.Cli.Conformance;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// `mfa-conformance rules`: prints the rule × endpoint matrix read from the features (docs/rules.md), or writes it
/// with --write FILE. Exit 1 when a cell is empty, a rule tag is wrong or a step matches no step definition (the problems are listed), 2 on bad usage.
/// </summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var settings = new SettingOptions(Targets.Settings.HarnessCommands.Rules, context);
        var write = new Option<string?>("--write") { Description = "Write the matrix to this file (e.g. docs/rules.md) instead of printing it." };
        var command = new Command("rules", "Print the rule × endpoint matrix of the suite: which @documented scenario enforces each documented rule on each endpoint.");
        settings.AddTo(command);
        command.Options.Add(write);
        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var matrix = await SuitePickles.LoadMatrixAsync(settings.Resolve(result).FeaturesFolder);
            var markdown = matrix.ToMarkdown();
            if (result.GetValue(write) is { } path)
            {
                await File.WriteAllTextAsync(path, markdown, ct);
                await output.WriteLineAsync($"Rule matrix: {Path.GetFullPath(path)}");
            }
            else
            {
                await output.WriteAsync(markdown);
            }

            foreach (var problem in matrix.Problems)
            {
                await error.WriteLineAsync($"problem: {problem}");
            }

            return matrix.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
