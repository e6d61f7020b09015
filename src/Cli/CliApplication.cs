using System.CommandLine;
using MfaConformance.Cli.Commands;
using MfaConformance.Cli.Configuration;
using MfaConformance.Cli.Targets;
using MfaConformance.Client;

namespace MfaConformance.Cli;

/// <summary>
/// Builds the `mfa-conformance` command line. Parse errors and <see cref="SettingsException"/> -> exit 2 with a
/// message naming the option or key; any other unexpected exception -> exit 1 with its (redacted) message, never
/// a stack trace on the console.
/// </summary>
internal static class CliApplication
{
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.Out, Console.Error, cancellationToken);

    /// <summary>Runs with explicit console writers (tests run commands in-process).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot();
        // No response files: "--tags @smoke" must reach the command as the text "@smoke".
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            await error.WriteLineAsync("Run 'mfa-conformance --help' for usage.");
            return ExitCodes.Usage;
        }

        foreach (var warning in EnvironmentReader.Warnings(Environment.GetEnvironmentVariables().Keys.OfType<string>()))
        {
            await error.WriteLineAsync(warning);
        }

        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parseResult.InvokeAsync(invocation, cancellationToken);
        }
        catch (SettingsException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("cancelled.");
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await error.WriteLineAsync($"error: unexpected {ex.GetType().Name}: {SecretRedactor.Default.RedactText(ex.Message)}");
            return ExitCodes.Failed;
        }
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("MfaConformance: conformance and load test harness for the Capillary auth/v1 MFA password flow.");
        root.Subcommands.Add(AcceptCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(LoadCommand.Create());
        root.Subcommands.Add(AgentCommand.Create());
        root.Subcommands.Add(MutantsCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        return root;
    }
}
