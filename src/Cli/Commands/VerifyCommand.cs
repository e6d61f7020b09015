using System.CommandLine;

namespace MfaConformance.Cli.Commands;

/// <summary>`mfa-conformance verify`. Placeholder until its issue lands: says so and exits 2.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var command = new Command("verify", "Not implemented yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("'verify' is not implemented yet.");
            return ExitCodes.Usage;
        });
        return command;
    }
}
