using System.CommandLine;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.ReferenceServer.Weaknesses;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// The debug switches of `serve` that plant a security weakness (issue 21): <c>--debug-weakness NAME</c> (repeatable,
/// or names separated by commas) and <c>--list-weaknesses</c>. They exist to show that the security stage flags each
/// weakness with its own check; never run a server with them in front of customers.
/// </summary>
internal static class ServeWeaknessOptions
{
    public static Option<string[]> Weakness()
    {
        var option = new Option<string[]>("--debug-weakness")
        {
            Description = "Debug switch: plant a security weakness (repeatable): " + string.Join(", ", Weaknesses.All.Select(w => w.Name)) + " (see --list-weaknesses). Never in production.",
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(result =>
        {
            foreach (var name in Split(result.GetValueOrDefault<string[]>() ?? []).Where(n => Weaknesses.Find(n) is null))
            {
                result.AddError($"unknown weakness '{name}' for --debug-weakness; known: {string.Join(", ", Weaknesses.All.Select(w => w.Name))}");
            }
        });
        return option;
    }

    public static Option<bool> List() => new("--list-weaknesses") { Description = "Print the planted security weaknesses (debug switches), their effect and the security check that flags each, then exit." };

    public static IReadOnlyList<string> Read(ParseResult result, Option<string[]> option) => Split(result.GetValue(option) ?? []);

    public static async Task<int> PrintAsync(TextWriter output)
    {
        foreach (var line in Weaknesses.Listing())
        {
            await output.WriteLineAsync(line);
        }

        return ExitCodes.Ok;
    }

    public static string Describe(ReferenceServerOptions options) =>
        options.Weaknesses.Count == 0 ? string.Empty : $", DEBUG weaknesses {string.Join(", ", options.Weaknesses)}";

    private static string[] Split(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
}
