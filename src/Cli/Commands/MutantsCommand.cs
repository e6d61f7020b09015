using System.CommandLine;
using MfaConformance.Cli.Conformance;
using MfaConformance.Targets.Settings;

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

    public static Command Create(CliContext context)
    {
        var settings = new SettingOptions(HarnessCommands.Mutants, context);
        var only = new Option<string[]>("--only") { Description = "Run only these mutants or section-5 variants (repeatable; default: all)." };
        var tags = new Option<string?>("--tags") { Description = "Scenarios to run against each mutant (default: all; a mutant is killed only by a @documented failure)." };
        var full = new Option<bool>("--full") { Description = "Run every scenario against every mutant (counts all failures; slower). By default a mutant meets the @documented scenarios of its own rule first." };
        var family = new Option<string?>("--family") { Description = "Run only one group: suite (the mutants the scenarios must kill), variants (section 5), explorer (the mutants no scenario kills)." };
        family.AcceptOnlyFromAmong(KillMatrixRunner.Families);
        var explorer = new Option<bool>("--explorer") { Description = "Also explore every server (issue 17) and report which of the scenarios and the explorer kill each mutant." };
        var explorerOnly = new Option<bool>("--explorer-only") { Description = "Explore every server and run no scenarios (the explorer's kill rate alone)." };
        var seed = new Option<string>("--seed") { Description = "The explorer's seed, the same for every server (default 2026).", DefaultValueFactory = _ => "2026" };
        var programs = new Option<int>("--programs") { Description = "The explorer's budget per server in programs (default 3000).", DefaultValueFactory = _ => 3000 };
        var time = new Option<string?>("--time") { Description = "The explorer's budget per server in time, e.g. 2m (default)." };
        var shrink = new Option<bool>("--shrink") { Description = "Shrink what the explorer finds (slower; the matrix needs only the kill)." };
        var command = new Command("mutants", "Run the suite (and, with --explorer, the explorer) against every mutant of the embedded server and print the kill matrix.");
        settings.AddTo(command);
        foreach (var option in new Option[] { only, family, tags, full, explorer, explorerOnly, seed, programs, time, shrink })
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
                Full = result.GetValue(full),
                Family = result.GetValue(family),
                Scenarios = !result.GetValue(explorerOnly),
                Explorer = result.GetValue(explorer) || result.GetValue(explorerOnly),
                ExploreSeed = result.GetValue(seed)!,
                ExplorePrograms = result.GetValue(programs),
                ExploreTime = result.GetValue(time) is { } budget ? LoadEngine.Config.DurationParser.Parse(budget, "--time") : TimeSpan.FromMinutes(2),
                ExploreShrink = result.GetValue(shrink),
                Output = output,
            };
            return await RunAsync(settings.Resolve(result), options, output, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(HarnessSettings settings, KillMatrixOptions options, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        KillMatrixRunner.Select(options.Only, options.Family);
        await output.WriteLineAsync("Running the suite against the conformant server, then each mutant:");
        var rows = await new KillMatrixRunner().RunAsync(settings, options, ct);
        var markdown = KillMatrixMarkdown.Render(rows);
        var path = Path.GetFullPath(Path.Combine(settings.ReportsFolder, "mutants", MatrixFileName));
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
