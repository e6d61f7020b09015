using System.CommandLine;
using System.CommandLine.Help;
using MfaConformance.Cli.Commands;
using MfaConformance.Targets.Settings;

namespace MfaConformance.Cli;

/// <summary>
/// Builds the `mfa-conformance` command line and runs it. Usage errors name the option or command (with a
/// suggestion) and exit 2; an exception that ends a command becomes its exit code in one place
/// (<see cref="ExitCodes.Of"/>), with its (redacted) message and never a stack trace on the console.
/// </summary>
internal static class CliApplication
{
    public const string ToolName = "mfa-conformance";

    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.Out, Console.Error, CliContext.Process, cancellationToken);

    /// <summary>Runs with explicit console writers (tests run commands in-process), in the process's environment and folder.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, CliContext.Process, cancellationToken);

    /// <summary>Runs with explicit console writers, environment and current folder.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(context);
        var root = BuildRoot(context);
        // No response files: "--tags @smoke" must reach the command as the text "@smoke".
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parseResult.Errors.Count > 0)
        {
            foreach (var message in UsageErrors.Describe(parseResult, args))
            {
                await error.WriteLineAsync($"error: {message}");
            }

            await error.WriteLineAsync($"Run '{ToolName} --help' for usage.");
            return ExitCodes.Usage;
        }

        foreach (var warning in EnvironmentReader.Warnings(context.VariableNames))
        {
            await error.WriteLineAsync(warning);
        }

        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parseResult.InvokeAsync(invocation, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("cancelled.");
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await error.WriteLineAsync(ExitCodes.IsExpected(ex) ? $"error: {ExitCodes.Message(ex)}" : $"error: unexpected {ex.GetType().Name}: {ExitCodes.Message(ex)}");
            return ExitCodes.Of(ex);
        }
    }

    public static Command BuildRoot(CliContext context)
    {
        // A plain command named for the tool (RootCommand takes the assembly's name: help said "MfaConformance.Cli").
        var root = new Command(ToolName, "Conformance and load test harness for the Capillary auth/v1 MFA password flow.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Subcommands.Add(AcceptCommand.Create(context));
        root.Subcommands.Add(VerifyCommand.Create(context));
        root.Subcommands.Add(ExploreCommand.Create(context));
        root.Subcommands.Add(SecurityCommand.Create(context));
        root.Subcommands.Add(LoadCommand.Create(context));
        root.Subcommands.Add(AgentCommand.Create(context));
        root.Subcommands.Add(MutantsCommand.Create(context));
        root.Subcommands.Add(RulesCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(InitCommand.Create(context));
        return root;
    }
}
