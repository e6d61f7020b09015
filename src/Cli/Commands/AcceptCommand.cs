using System.CommandLine;

namespace MfaConformance.Cli.Commands;

/// <summary>`mfa-conformance accept`. Placeholder until its issue lands: says so and exits 2.</summary>
internal static class AcceptCommand
{
    public static Command Create()
    {
        var command = new Command("accept", "Not implemented yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("'accept' is not implemented yet.");
            return ExitCodes.Usage;
        });
        return command;
    }
}
