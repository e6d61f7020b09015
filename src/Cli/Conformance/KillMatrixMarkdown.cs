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
        var mutants = rows.Where(r => r.Mutant is not null && !r.IsVariant).ToArray();
        var variants = rows.Where(r => r.IsVariant).ToArray();
        text.AppendLine(CultureInfo.InvariantCulture, $"Killed: {mutants.Count(r => r.AsExpected)} of {mutants.Length} mutants (a mutant is killed when at least one @documented scenario fails against it), {mutants.Count(r => r.KilledByItsRule)} of them by a @documented scenario of the very rule they break (tag `@rule:<id>`, docs/rules.md).");
        if (variants.Length > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Section-5 variants judged as expected: {variants.Count(r => r.AsExpected)} of {variants.Length} (no @documented failure, flagged by an @inferred scenario).");
        }

        if (rows.FirstOrDefault(r => r.Mutant is null) is { } baseline)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Baseline (conformant server): {baseline.FailingDocumented.Count} @documented and {baseline.FailingOtherLevels.Count} other failing of {baseline.ScenariosRun} scenarios run.");
        }

        text.AppendLine();
        text.AppendLine("| Mutant | Rule | What it breaks | Spec | Verdict | Failing @documented | Failing other levels | First failing @documented scenarios |");
        text.AppendLine("|---|---|---|---|---|---:|---:|---|");
        foreach (var row in mutants)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| `{row.Name}` | `{row.Mutant!.Rule}` | {Escape(row.Mutant.BrokenRule)} | {Escape(row.Mutant.SpecCitation)} | {Verdict(row)} | {row.FailingDocumented.Count} | {row.FailingOtherLevels.Count} | {Names(row.FailingDocumented)} |");
        }

        if (variants.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("Section-5 variants: not mutants but other readings of an inconsistency the spec lists; a server reading the docs");
            text.AppendLine("this way may be conformant, so no @documented scenario may fail, while an @inferred scenario flags the difference.");
            text.AppendLine();
            text.AppendLine("| Variant | Reading taken | Spec | Verdict | Failing @documented | Failing @inferred/@hardening | First flagging scenarios | Why only @inferred |");
            text.AppendLine("|---|---|---|---|---:|---:|---|---|");
            foreach (var row in variants)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| `{row.Name}` | {Escape(row.Mutant!.BrokenRule)} | {Escape(row.Mutant.SpecCitation)} | {Verdict(row)} | {row.FailingDocumented.Count} | {row.FailingOtherLevels.Count} | {Names(row.FailingOtherLevels)} | {Escape(VariantReasons.ReasonFor(row.Name) ?? string.Empty)} |");
            }
        }

        return text.ToString();
    }

    private static string Names(IReadOnlyList<string> scenarios)
    {
        var names = string.Join("<br>", scenarios.Take(NamesShown).Select(Escape));
        return scenarios.Count > NamesShown ? names + $"<br>… {scenarios.Count - NamesShown} more" : names;
    }

    private static string Verdict(MutantKill row) => row switch
    {
        { IsVariant: false, AsExpected: true, KilledByItsRule: true } => "killed by its rule",
        { IsVariant: false, AsExpected: true } => "killed (by another rule only)",
        { IsVariant: false, FailingOtherLevels.Count: > 0 } => "**survived** @documented (caught only by @inferred/@hardening)",
        { IsVariant: false } => "**survived**",
        { AsExpected: true } => "warning only (as expected)",
        { KilledByDocumented: true } => "**false @documented failure**",
        _ => "**not flagged**",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
