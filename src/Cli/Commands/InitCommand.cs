using System.CommandLine;

namespace MfaConformance.Cli.Commands;

/// <summary>`mfa-conformance init`. Placeholder until its issue lands: says so and exits 2.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var command = new Command("init", "Not implemented yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("'init' is not implemented yet.");
            return ExitCodes.Usage;
        });
        return command;
    }
}
