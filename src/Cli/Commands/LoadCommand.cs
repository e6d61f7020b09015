using System.CommandLine;

namespace MfaConformance.Cli.Commands;

/// <summary>`mfa-conformance load`. Placeholder until its issue lands: says so and exits 2.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var command = new Command("load", "Not implemented yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("'load' is not implemented yet.");
            return ExitCodes.Usage;
        });
        return command;
    }
}
