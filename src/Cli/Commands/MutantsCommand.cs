using System.CommandLine;
using MfaConformance.Cli.Conformance;

namespace MfaConformance.Cli.Commands;

/// <summary>
/// `mfa-conformance mutants`: runs the suite against the embedded server with each mutant, prints the kill
/// matrix and writes it to &lt;reports&gt;/mutants/kill-matrix.md. Exit 1 when a mutant survives (no @documented
/// scenario fails against it), a section-5 variant fails a @documented scenario or no @inferred one, or the
/// conformant baseline fails anything; 2 on bad usage.
/// </summary>
internal static class MutantsCommand
{
    public const string MatrixFileName = "kill-matrix.md";

    public static Command Create()
    {
        var only = new Option<string[]>("--only") { Description = "Run only these mutants or section-5 variants (repeatable; default: all)." };
        var tags = new Option<string?>("--tags") { Description = "Scenarios to run against each mutant (default: all; a mutant is killed only by a @documented failure)." };
        var reports = new Option<string>("--reports") { Description = "Reports root folder.", DefaultValueFactory = _ => "reports" };
        var iterations = new Option<int>("--hash-iterations") { Description = "PBKDF2 iterations of the mutant servers.", DefaultValueFactory = _ => 1_000 };
        var full = new Option<bool>("--full") { Description = "Run every scenario against every mutant (counts all failures; slower). By default a mutant meets the @documented scenarios of its own rule first." };
        var command = new Command("mutants", "Run the suite against every mutant of the embedded server and print the kill matrix.");
        foreach (var option in new Option[] { only, tags, reports, iterations, full })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var options = new KillMatrixOptions
            {
                Only = result.GetValue(only) ?? [],
                Tags = result.GetValue(tags),
                PasswordHashIterations = result.GetValue(iterations),
                Full = result.GetValue(full),
                Output = output,
            };
            return await RunAsync(options, result.GetValue(reports)!, output, result.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(KillMatrixOptions options, string reportsFolder, TextWriter output, TextWriter error, CancellationToken ct)
    {
        IReadOnlyList<MutantKill> rows;
        try
        {
            KillMatrixRunner.Select(options.Only);
            await output.WriteLineAsync("Running the suite against the conformant server, then each mutant:");
            rows = await new KillMatrixRunner().RunAsync(options, ct);
        }
        catch (Exception ex) when (ex is ArgumentException or Targets.SettingsException or Bdd.BddConfigurationException or Bdd.BddFeatureException)
        {
            await error.WriteLineAsync($"error: {ErrorText.Of(ex)}");
            return ExitCodes.Usage;
        }

        var markdown = KillMatrixMarkdown.Render(rows);
        var path = Path.GetFullPath(Path.Combine(reportsFolder, "mutants", MatrixFileName));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, markdown, ct);
        await output.WriteLineAsync();
        await output.WriteLineAsync(markdown);
        await output.WriteLineAsync($"Kill matrix: {path}");
        var survivors = rows.Where(r => r.Mutant is not null && !r.AsExpected).Select(r => r.Name).ToArray();
        var baselineFails = rows.Any(r => r.Mutant is null && !r.AsExpected);
        if (survivors.Length > 0)
        {
            await output.WriteLineAsync($"Mutants surviving, or variants misjudged: {string.Join(", ", survivors)}");
        }

        if (baselineFails)
        {
            await output.WriteLineAsync("The conformant baseline has failures: the matrix is not trustworthy.");
        }

        return survivors.Length == 0 && !baselineFails ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
