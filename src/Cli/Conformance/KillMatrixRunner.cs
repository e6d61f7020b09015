using MfaConformance.Bdd;
using MfaConformance.Client;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.StepDefinitions;
using MfaConformance.StepDefinitions.Rules;

namespace MfaConformance.Cli.Conformance;

/// <summary>
/// The mutant kill matrix: the suite against the embedded server started with each mutant. The conformant baseline
/// and the section-5 variants meet every scenario; a mutant meets the @documented scenarios of the rule it breaks
/// first and the other @documented ones only if none of those fails (unless <see cref="KillMatrixOptions.Full"/>).
/// </summary>
internal sealed class KillMatrixRunner
{
    /// <exception cref="ArgumentException">An unknown mutant name.</exception>
    public async Task<IReadOnlyList<MutantKill>> RunAsync(KillMatrixOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var mutants = Select(options.Only);
        var root = options.SuiteRoot ?? SuiteLocator.FindSuiteRoot();
        var rows = new List<MutantKill>();
        if (options.IncludeBaseline)
        {
            rows.Add(Report(await RunOneAsync(null, root, options, cancellationToken), options));
        }

        using var slots = new SemaphoreSlim(Math.Max(1, options.Parallelism));
        var runs = mutants.Select(async mutant =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return Report(await RunOneAsync(mutant, root, options, cancellationToken).ConfigureAwait(false), options);
            }
            finally
            {
                slots.Release();
            }
        }).ToArray();
        rows.AddRange(await Task.WhenAll(runs).ConfigureAwait(false));
        return rows;
    }

    public static IReadOnlyList<MutantInfo> Select(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
        {
            return [.. Mutants.All, .. Mutants.Variants];
        }

        return [.. names.Select(n => Mutants.Find(n.Trim()) ?? throw new ArgumentException(
            $"unknown mutant '{n}'; known: {string.Join(", ", Mutants.All.Concat(Mutants.Variants).Select(m => m.Name))}", nameof(names)))];
    }

    private static MutantKill Report(MutantKill row, KillMatrixOptions options)
    {
        lock (options)
        {
            options.Output?.WriteLine($"  {row.Name,-52} {Verdict(row),-22} {row.FailingDocumented.Count,3} @documented failing of {row.ScenariosRun} run{(row.Error is null ? string.Empty : " — " + row.Error)}");
        }

        return row;
    }

    private static async Task<MutantKill> RunOneAsync(MutantInfo? mutant, string root, KillMatrixOptions options, CancellationToken cancellationToken)
    {
        await using var server = await ReferenceServerHost.StartAsync(
            new ReferenceServerOptions { Urls = "http://127.0.0.1:0", Mutant = mutant?.Name, PasswordHashIterations = options.PasswordHashIterations },
            cancellationToken).ConfigureAwait(false);
        await using var target = await ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = server.BaseUrl }, new ConformanceTargetOptions(), cancellationToken).ConfigureAwait(false);
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

    private static async Task<TestRunResult> RunSuiteAsync(ConformanceTarget target, string root, string? tags, CancellationToken cancellationToken)
    {
        var bdd = SuiteLocator.LoadOptions(root);
        bdd.TagFilter = tags;
        bdd.Formatters.Clear();
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
        (_, true) => row.IsVariant ? "variant: warning only" : row.KilledByItsRule ? "killed by its rule" : "killed (other rule)",
        _ => row.IsVariant ? "VARIANT MISJUDGED" : "SURVIVED",
    };
}
