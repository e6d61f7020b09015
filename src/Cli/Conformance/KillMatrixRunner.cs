using MfaConformance.Bdd;
using MfaConformance.Bdd.Results;
using MfaConformance.Bdd.Runtime;
using MfaConformance.Explorer.Exploration;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Rules;
using MfaConformance.StepDefinitions.Suite;
using MfaConformance.StepDefinitions.Target;
using MfaConformance.Targets.Launch;
using MfaConformance.Targets.Settings;
using MfaConformance.Targets.Suite;
namespace MfaConformance.Cli.Conformance;

/// <summary>
/// The mutant kill matrix: the suite against the embedded server started with each mutant. The conformant baseline
/// and the section-5 variants meet every scenario; a mutant meets the @documented scenarios of the rule it breaks
/// first and the other @documented ones only if none of those fails (unless <see cref="KillMatrixOptions.Full"/>).
/// The explorer's mutants run the same way: expected to survive, they meet every @documented scenario. Every server
/// comes from the target factory with the settings' PBKDF2 cost, timeout and suite; a target URL, brand, identities and
/// OTP source do not apply (the matrix is of the embedded server's mutants).
/// </summary>
internal sealed class KillMatrixRunner
{
    /// <exception cref="ArgumentException">An unknown mutant name.</exception>
    public async Task<IReadOnlyList<MutantKill>> RunAsync(HarnessSettings settings, KillMatrixOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        var mutants = Select(options.Only, options.Family);
        var embedded = settings with { TargetUrl = null, Brand = null, FixturesPath = null, Otp = new MfaConformance.Client.Otp.OtpSourceOptions(), EmbeddedMutant = null };
        var root = settings.FeaturesFolder;
        var rows = new List<MutantKill>();
        if (options.IncludeBaseline)
        {
            rows.Add(Report(await RunOneAsync(null, embedded, root, options, cancellationToken), options));
        }

        using var slots = new SemaphoreSlim(Math.Max(1, options.Parallelism));
        var runs = mutants.Select(async mutant =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return Report(await RunOneAsync(mutant, embedded, root, options, cancellationToken).ConfigureAwait(false), options);
            }
            finally
            {
                slots.Release();
            }
        }).ToArray();
        rows.AddRange(await Task.WhenAll(runs).ConfigureAwait(false));
        return rows;
    }

    /// <summary>The groups <c>--family</c> selects: the suite's mutants, the section-5 variants, the explorer's mutants.</summary>
    public static readonly string[] Families = ["suite", "variants", "explorer"];

    /// <summary>The named mutants (all when none is named), of <paramref name="family"/> only when it is given.</summary>
    /// <exception cref="ArgumentException">An unknown mutant or family name.</exception>
    public static IReadOnlyList<MutantInfo> Select(IReadOnlyList<string> names, string? family = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        IReadOnlyList<MutantInfo> named = names.Count == 0
            ? [.. Mutants.All, .. Mutants.Variants, .. Mutants.Explorer]
            : [.. names.Select(n => Mutants.Find(n.Trim()) ?? throw new ArgumentException(
                $"unknown mutant '{n}'; known: {string.Join(", ", Mutants.All.Concat(Mutants.Variants).Concat(Mutants.Explorer).Select(m => m.Name))}", nameof(names)))];
        return family switch
        {
            null => named,
            "suite" => [.. named.Where(m => m.Family == MutantFamily.Suite && m.Level == MutantLevel.Documented)],
            "variants" => [.. named.Where(m => m.Level == MutantLevel.Inferred)],
            "explorer" => [.. named.Where(m => m.Family == MutantFamily.Explorer)],
            _ => throw new ArgumentException($"unknown family '{family}'; known: {string.Join(", ", Families)}", nameof(family)),
        };
    }

    private static MutantKill Report(MutantKill row, KillMatrixOptions options)
    {
        lock (options)
        {
            var scenarios = row.ScenariosRan ? $"{row.FailingDocumented.Count,3} @documented failing of {row.ScenariosRun} run" : "scenarios not run";
            var explorer = row.Explored is { } e
                ? $"; explorer: {(e.Contradiction is { } c ? $"contradiction ({c.RuleId} on {c.Endpoint}) in program {e.Programs}" : $"no contradiction in {e.Programs} programs")}, {e.Elapsed.TotalSeconds:0} s"
                : string.Empty;
            options.Output?.WriteLine($"  {row.Name,-52} {Verdict(row),-22} {scenarios}{explorer}{(row.Error is null ? string.Empty : " — " + row.Error)}");
        }

        return row;
    }

    private static async Task<MutantKill> RunOneAsync(MutantInfo? mutant, HarnessSettings settings, string? root, KillMatrixOptions options, CancellationToken cancellationToken)
    {
        await using var server = await TargetFactory.LaunchAsync(settings with { EmbeddedMutant = mutant?.Name }, cancellationToken).ConfigureAwait(false);
        // nobody reads the scenarios' output here (no formatter runs): no exchange is formatted and no step traced
        var preparation = TargetFactory.PreparationFor(server.Settings) with { RecordExchanges = false };
        await using var target = await ConformanceTarget.CreateAsync(server.Options, preparation, cancellationToken).ConfigureAwait(false);
        var explored = options.Explorer ? await ExploreAsync(target, mutant, options, cancellationToken).ConfigureAwait(false) : null;
        if (!options.Scenarios)
        {
            return new MutantKill(mutant, [], [], 0) { Explored = explored, ScenariosRan = false };
        }

        return await RunScenariosAsync(mutant, target, root, options, cancellationToken).ConfigureAwait(false) with { Explored = explored };
    }

    /// <summary>
    /// Explores the server from the matrix's seed: a mutant until the first contradiction (or the budget), the baseline
    /// and the section-5 variants for the whole budget (any contradiction there is a false one).
    /// </summary>
    private static async Task<ExploredKill> ExploreAsync(ConformanceTarget target, MutantInfo? mutant, KillMatrixOptions options, CancellationToken cancellationToken)
    {
        var stop = mutant is { Level: MutantLevel.Documented };
        var result = await new ExploreRunner(target).RunAsync(new ExploreOptions
        {
            Seed = options.ExploreSeed,
            Programs = options.ExplorePrograms,
            Time = options.ExploreTime,
            StopAtFirst = stop,
            Shrink = options.ExploreShrink,
            MaxContradictions = 1,
        }, cancellationToken).ConfigureAwait(false);
        var found = result.Contradictions.FirstOrDefault();
        return new ExploredKill(found?.Contradiction, result.Programs, result.Elapsed, found?.Gherkin);
    }

    private static async Task<MutantKill> RunScenariosAsync(MutantInfo? mutant, ConformanceTarget target, string? root, KillMatrixOptions options, CancellationToken cancellationToken)
    {
        var focused = mutant is { Level: MutantLevel.Documented } && !options.Full;
        if (!focused)
        {
            return Judge(mutant, await RunSuiteAsync(target, root, options.Tags, cancellationToken).ConfigureAwait(false), ofItsRule: null);
        }

        var own = $"@{AssertionLevel.Documented} and {RuleTag.For(mutant!.Rule)}";
        var first = await RunSuiteAsync(target, root, And(options.Tags, own), cancellationToken).ConfigureAwait(false);
        var row = Judge(mutant, first, ofItsRule: true);
        if (row.KilledByDocumented || row.Error is not null)
        {
            return row;
        }

        var rest = await RunSuiteAsync(target, root, And(options.Tags, $"@{AssertionLevel.Documented} and not {RuleTag.For(mutant.Rule)}"), cancellationToken).ConfigureAwait(false);
        var other = Judge(mutant, rest, ofItsRule: false);
        return other with { ScenariosRun = row.ScenariosRun + other.ScenariosRun };
    }

    private static async Task<TestRunResult> RunSuiteAsync(ConformanceTarget target, string? featuresFolder, string? tags, CancellationToken cancellationToken)
    {
        var bdd = SuiteLocator.LoadOptions(featuresFolder);
        bdd.TagFilter = tags;
        bdd.Formatters.Clear();
        bdd.TraceSteps = false;
        return await BddRun.RunAsync(bdd, r => r.RegisterInstance(target), cancellationToken).ConfigureAwait(false);
    }

    /// <param name="ofItsRule">True when the run held only the mutant's own rule, false when it held none of it, null for a full run.</param>
    private static MutantKill Judge(MutantInfo? mutant, TestRunResult run, bool? ofItsRule)
    {
        var failing = run.Scenarios.Where(LevelSummary.IsFailure).ToArray();
        var documented = failing.Where(s => AssertionLevel.Of(s.Tags) == AssertionLevel.Documented).ToArray();
        var others = failing.Where(s => AssertionLevel.Of(s.Tags) != AssertionLevel.Documented).Select(s => s.DisplayName).ToArray();
        var own = mutant is null || ofItsRule == false ? []
            : documented.Where(s => ofItsRule == true || s.Tags.Any(t => string.Equals(t.TrimStart('@'), RuleTag.Prefix + mutant.Rule, StringComparison.OrdinalIgnoreCase)));
        var error = run.RunErrors.Count > 0 ? string.Join("; ", run.RunErrors) : null;
        return new MutantKill(mutant, [.. documented.Select(s => s.DisplayName)], others, run.Scenarios.Count(), error)
        {
            FailingOfItsRule = [.. own.Select(s => s.DisplayName)],
        };
    }

    private static string And(string? tags, string expression) => string.IsNullOrWhiteSpace(tags) ? expression : $"({tags}) and ({expression})";

    private static string Verdict(MutantKill row) => (row.Mutant, row.AsExpected) switch
    {
        (null, true) => "baseline ok",
        (null, false) => "BASELINE FAILS",
        (_, true) => row.IsVariant ? "variant: warning only"
            : row.IsExplorerTarget ? row.KilledByExplorer ? "explorer target: killed by the explorer" : "explorer target: no scenario fails"
            : row.KilledByItsRule ? "killed by its rule" : row.KilledByDocumented ? "killed (other rule)" : "killed by the explorer",
        _ => row.IsVariant ? "VARIANT MISJUDGED" : row.IsExplorerTarget ? row.KilledByDocumented ? "EXPLORER TARGET KILLED BY A SCENARIO" : "EXPLORER TARGET SURVIVED" : "SURVIVED",
    };
}
