using System.CommandLine;

namespace MfaConformance.Cli.Commands;

/// <summary>`mfa-conformance serve`. Placeholder until its issue lands: says so and exits 2.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Not implemented yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("'serve' is not implemented yet.");
            return ExitCodes.Usage;
        });
        return command;
    }
}
