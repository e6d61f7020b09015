using MfaConformance.Bdd;
using MfaConformance.Client;
using MfaConformance.ReferenceServer.Hosting;
using MfaConformance.ReferenceServer.Mutants;
using MfaConformance.StepDefinitions;

namespace MfaConformance.Cli.Conformance;

/// <summary>
/// The mutant kill matrix: the suite against the embedded server started with each mutant, one mutant at a
/// time (the machine has 2 cores; scenarios of one run are already parallel).
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
        IEnumerable<MutantInfo?> runs = options.IncludeBaseline ? mutants.Prepend(null) : mutants;
        foreach (var mutant in runs)
        {
            var row = await RunOneAsync(mutant, root, options, cancellationToken);
            rows.Add(row);
            options.Output?.WriteLine($"  {row.Name,-32} {Verdict(row),-22} {row.FailingDocumented.Count,3} @documented failing of {row.ScenariosRun} run{(row.Error is null ? string.Empty : " — " + row.Error)}");
        }

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

    private static async Task<MutantKill> RunOneAsync(MutantInfo? mutant, string root, KillMatrixOptions options, CancellationToken cancellationToken)
    {
        await using var server = await ReferenceServerHost.StartAsync(
            new ReferenceServerOptions { Urls = "http://127.0.0.1:0", Mutant = mutant?.Name, PasswordHashIterations = options.PasswordHashIterations },
            cancellationToken);
        await using var target = await ConformanceTarget.CreateAsync(new TargetOptions { BaseUrl = server.BaseUrl }, new ConformanceTargetOptions(), cancellationToken);
        var bdd = SuiteLocator.LoadOptions(root);
        bdd.TagFilter = options.Tags;
        bdd.Formatters.Clear();
        var run = await BddRun.RunAsync(bdd, r => r.RegisterInstance(target), cancellationToken);
        var failing = run.Scenarios.Where(LevelSummary.IsFailure).ToArray();
        var documented = failing.Where(s => AssertionLevel.Of(s.Tags) == AssertionLevel.Documented).Select(s => s.DisplayName).ToArray();
        var others = failing.Where(s => AssertionLevel.Of(s.Tags) != AssertionLevel.Documented).Select(s => s.DisplayName).ToArray();
        var error = run.RunErrors.Count > 0 ? string.Join("; ", run.RunErrors) : null;
        return new MutantKill(mutant, documented, others, run.Scenarios.Count(), error);
    }

    private static string Verdict(MutantKill row) => (row.Mutant, row.AsExpected) switch
    {
        (null, true) => "baseline ok",
        (null, false) => "BASELINE FAILS",
        (_, true) => row.IsVariant ? "variant: warning only" : "killed",
        _ => row.IsVariant ? "VARIANT MISJUDGED" : "SURVIVED",
    };
}
