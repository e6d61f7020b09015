using System.Globalization;
using System.Text;

namespace MfaConformance.Cli.Conformance;

/// <summary>The kill matrix as Markdown (reports/mutants/kill-matrix.md, docs/kill-matrix.md).</summary>
internal static class KillMatrixMarkdown
{
    public const int NamesShown = 3;

    public static string Render(IReadOnlyList<MutantKill> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        var mutants = rows.Where(r => r.Mutant is not null && !r.IsVariant && !r.IsExplorerTarget).ToArray();
        var variants = rows.Where(r => r.IsVariant).ToArray();
        var targets = rows.Where(r => r.IsExplorerTarget).ToArray();
        var scenarios = rows.Any(r => r.ScenariosRan);
        var explored = rows.Any(r => r.Explored is not null);
        if (scenarios && (mutants.Length > 0 || targets.Length == 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Killed by the scenarios: {mutants.Count(r => r.KilledByDocumented)} of {mutants.Length} mutants (a mutant is killed when at least one @documented scenario fails against it), {mutants.Count(r => r.KilledByItsRule)} of them by a @documented scenario of the very rule they break (tag `@rule:<id>`, docs/rules.md).");
        }

        if (scenarios && targets.Length > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Explorer targets passing every @documented scenario as designed: {targets.Count(r => !r.KilledByDocumented && r.Error is null)} of {targets.Length} (each breaks a documented rule in a way no scenario checks).");
        }

        if (explored)
        {
            var all = mutants.Concat(targets).ToArray();
            var killed = all.Count(r => r.KilledByExplorer);
            var byRule = all.Count(r => r.Explored?.Contradiction?.RuleId == r.Mutant!.Rule);
            text.AppendLine(CultureInfo.InvariantCulture, $"Killed by the explorer alone: {killed} of {all.Length} mutants ({Percent(killed, all.Length)}; the suite's: {mutants.Count(r => r.KilledByExplorer)} of {mutants.Length}, the explorer targets: {targets.Count(r => r.KilledByExplorer)} of {targets.Length}), {byRule} of them by a contradiction of the very rule they break; the same seed for every server and a budget of programs and time per server.");
            var falseOnes = rows.Where(r => (r.Mutant is null || r.IsVariant) && r.KilledByExplorer).Select(r => r.Name).ToArray();
            text.AppendLine(CultureInfo.InvariantCulture, $"Explorer contradictions on the conformant server and the section-5 variants (each would be a false one): {falseOnes.Length}{(falseOnes.Length > 0 ? " (" + string.Join(", ", falseOnes) + ")" : string.Empty)}.");
        }

        if (scenarios && variants.Length > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Section-5 variants judged as expected: {variants.Count(r => r.AsExpected)} of {variants.Length} (no @documented failure, flagged by an @inferred scenario).");
        }

        if (scenarios && rows.FirstOrDefault(r => r.Mutant is null) is { } baseline)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Baseline (conformant server): {baseline.FailingDocumented.Count} @documented and {baseline.FailingOtherLevels.Count} other failing of {baseline.ScenariosRun} scenarios run.");
        }

        if (mutants.Length > 0)
        {
            text.AppendLine();
            MutantTable(text, mutants, "Mutant");
        }

        if (variants.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("Section-5 variants: not mutants but other readings of an inconsistency the spec lists; a server reading the docs");
            text.AppendLine("this way may be conformant, so no @documented scenario may fail, nor the explorer contradict it, while an @inferred scenario flags the difference.");
            text.AppendLine();
            text.AppendLine("| Variant | Reading taken | Spec | Verdict | Failing @documented | Failing @inferred/@hardening | First flagging scenarios | Why only @inferred | Explorer |");
            text.AppendLine("|---|---|---|---|---:|---:|---|---|---|");
            foreach (var row in variants)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| `{row.Name}` | {Escape(row.Mutant!.BrokenRule)} | {Escape(row.Mutant.SpecCitation)} | {Verdict(row)} | {Count(row, row.FailingDocumented)} | {Count(row, row.FailingOtherLevels)} | {Names(row.FailingOtherLevels)} | {Escape(VariantReasons.ReasonFor(row.Name) ?? string.Empty)} | {ExplorerCell(row)} |");
            }
        }

        if (targets.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("Explorer targets: each breaks one documented rule in a way no scenario checks (a clock move between calls, a");
            text.AppendLine("configuration or an input the scenarios never use), so the scenarios pass against it and only the explorer can kill it.");
            text.AppendLine();
            MutantTable(text, targets, "Explorer target");
        }

        return text.ToString();
    }

    private static void MutantTable(StringBuilder text, IEnumerable<MutantKill> rows, string heading)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"| {heading} | Rule | What it breaks | Spec | Verdict | Failing @documented | Failing other levels | First failing scenarios | Explorer |");
        text.AppendLine("|---|---|---|---|---|---:|---:|---|---|");
        foreach (var row in rows)
        {
            var failing = row.FailingDocumented.Count > 0 ? row.FailingDocumented : row.FailingOtherLevels;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| `{row.Name}` | `{row.Mutant!.Rule}` | {Escape(row.Mutant.BrokenRule)} | {Escape(row.Mutant.SpecCitation)} | {Verdict(row)} | {Count(row, row.FailingDocumented)} | {Count(row, row.FailingOtherLevels)} | {Names(failing)} | {ExplorerCell(row)} |");
        }
    }

    private static string Count(MutantKill row, IReadOnlyList<string> scenarios) =>
        row.ScenariosRan ? scenarios.Count.ToString(CultureInfo.InvariantCulture) : "—";

    private static string ExplorerCell(MutantKill row) => row.Explored switch
    {
        null => "not run",
        { Contradiction: { } c } e => string.Create(CultureInfo.InvariantCulture, $"killed: `{c.RuleId}` on {Escape(c.Endpoint)} (program {e.Programs}, {e.Elapsed.TotalSeconds:0} s)"),
        { } e => string.Create(CultureInfo.InvariantCulture, $"{(row.Mutant is null || row.IsVariant ? "no contradiction" : "**survived**")} in {e.Programs} programs, {e.Elapsed.TotalSeconds:0} s"),
    };

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0}%");

    private static string Names(IReadOnlyList<string> scenarios)
    {
        var names = string.Join("<br>", scenarios.Take(NamesShown).Select(Escape));
        return scenarios.Count > NamesShown ? names + $"<br>… {scenarios.Count - NamesShown} more" : names;
    }

    private static string Verdict(MutantKill row) => row switch
    {
        { IsExplorerTarget: true, KilledByDocumented: true } => "**killed by a scenario** (not an explorer-only target)",
        { IsExplorerTarget: true, Error: not null } => "**run error**",
        { IsExplorerTarget: true, KilledByExplorer: true } => "killed by the explorer",
        { IsExplorerTarget: true, Explored: not null } => "**survived the explorer**",
        { IsExplorerTarget: true } => "passes every scenario (as designed)",
        { IsVariant: false, AsExpected: true, KilledByItsRule: true } => "killed by its rule",
        { IsVariant: false, AsExpected: true, KilledByDocumented: false } => "killed by the explorer only",
        { IsVariant: false, AsExpected: true } => "killed (by another rule only)",
        { IsVariant: false, FailingOtherLevels.Count: > 0 } => "**survived** @documented (caught only by @inferred/@hardening)",
        { IsVariant: false } => "**survived**",
        { AsExpected: true } => "warning only (as expected)",
        { KilledByDocumented: true } => "**false @documented failure**",
        { KilledByExplorer: true } => "**false explorer contradiction**",
        _ => "**not flagged**",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
