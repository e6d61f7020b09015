namespace MfaConformance.Cli.Tests.Support;

/// <summary>Runs the CLI in-process with captured output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args) => await RunAsync(args, CancellationToken.None);

    /// <summary>Runs in <paramref name="folder"/> as the current folder with only <paramref name="variables"/> set (never the process's).</summary>
    public static async Task<CliRun> InAsync(string folder, (string Name, string Value)[] variables, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(FakeEnvironment.Of(variables), folder) { VariableNames = [.. variables.Select(v => v.Name)] };
        var code = await CliApplication.RunAsync(args, output, error, context, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static async Task<CliRun> RunAsync(string[] args, CancellationToken cancellationToken, TextWriter? output = null)
    {
        var captured = output ?? new StringWriter();
        var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, captured, error, cancellationToken);
        return new CliRun(code, captured.ToString() ?? string.Empty, error.ToString());
    }
}
