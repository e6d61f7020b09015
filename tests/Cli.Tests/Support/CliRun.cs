namespace MfaConformance.Cli.Tests.Support;

/// <summary>Runs the CLI in-process with captured output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args) => await RunAsync(args, CancellationToken.None);

    public static async Task<CliRun> RunAsync(string[] args, CancellationToken cancellationToken, TextWriter? output = null)
    {
        var captured = output ?? new StringWriter();
        var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, captured, error, cancellationToken);
        return new CliRun(code, captured.ToString() ?? string.Empty, error.ToString());
    }
}
