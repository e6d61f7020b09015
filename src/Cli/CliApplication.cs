using System.CommandLine;
using MfaConformance.Cli.Commands;

namespace MfaConformance.Cli;

/// <summary>Builds the `mfa-conformance` command line and maps parse errors to exit code 2.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot();
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Run 'mfa-conformance --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parseResult.InvokeAsync(cancellationToken: cancellationToken);
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("MfaConformance: conformance and load test harness for the Capillary auth/v1 MFA password flow.");
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(LoadCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(AcceptCommand.Create());
        root.Subcommands.Add(MutantsCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        return root;
    }
}
