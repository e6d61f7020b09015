using System.CommandLine;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli;

/// <summary>
/// The messages of a command line that does not parse: an unknown option or command is named with the closest known
/// one (the suggester the configuration file uses for its keys), e.g. "'--taget' is not an option of 'verify'; did you
/// mean '--target'?"; the value after an unknown option is not reported again.
/// </summary>
internal static class UsageErrors
{
    private const string Unrecognized = "Unrecognized command or argument";

    public static IReadOnlyList<string> Describe(ParseResult result, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(args);
        var messages = new List<string>();
        var command = result.CommandResult.Command;
        var unmatched = new HashSet<string>(result.UnmatchedTokens, StringComparer.Ordinal);
        var afterUnknownOption = false;
        foreach (var token in args)
        {
            if (!unmatched.Contains(token))
            {
                afterUnknownOption = false;
                continue;
            }

            if (token.StartsWith('-'))
            {
                var known = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
                    .SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
                var name = token.Split('=', 2)[0];
                messages.Add($"'{name}' is not an option of '{Path(command)}'{Hint(name, known, $"mfa-conformance {Path(command)} --help")}");
                afterUnknownOption = !token.Contains('=', StringComparison.Ordinal);
            }
            else if (afterUnknownOption)
            {
                afterUnknownOption = false;
            }
            else if (command.Subcommands.Count > 0)
            {
                messages.Add($"'{token}' is not a command{Hint(token, command.Subcommands.Select(c => c.Name), "mfa-conformance --help")}");
            }
            else
            {
                messages.Add($"unexpected argument '{token}' for '{Path(command)}'");
            }
        }

        var unknownCommand = messages.Exists(m => m.Contains("is not a command", StringComparison.Ordinal));
        messages.AddRange(result.Errors.Select(e => e.Message)
            .Where(m => !m.StartsWith(Unrecognized, StringComparison.Ordinal) && !(unknownCommand && m.StartsWith("Required command", StringComparison.Ordinal))));
        return messages;
    }

    private static string Hint(string unknown, IEnumerable<string> known, string help) =>
        KeySuggester.Suggest(unknown, known) is { } suggestion ? $"; did you mean '{suggestion}'?" : $" (see '{help}')";

    private static string Path(Command command) =>
        command.Parents.OfType<Command>().Any() ? command.Name : "mfa-conformance";
}
