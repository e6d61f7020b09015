using System.CommandLine;

namespace MfaConformance.Cli.Commands;

/// <summary>`mfa-conformance mutants`. Placeholder until its issue lands: says so and exits 2.</summary>
internal static class MutantsCommand
{
    public static Command Create()
    {
        var command = new Command("mutants", "Not implemented yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("'mutants' is not implemented yet.");
            return ExitCodes.Usage;
        });
        return command;
    }
}
