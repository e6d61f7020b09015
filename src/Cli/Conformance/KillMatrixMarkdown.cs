using System.Globalization;
using System.Text;
using MfaConformance.ReferenceServer.Mutants;

namespace MfaConformance.Cli.Conformance;

/// <summary>The kill matrix as Markdown (reports/mutants/kill-matrix.md, docs/kill-matrix.md).</summary>
internal static class KillMatrixMarkdown
{
    public const int NamesShown = 3;

    public static string Render(IReadOnlyList<MutantKill> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        var mutants = rows.Where(r => r.Mutant is not null).ToArray();
        var documented = mutants.Where(r => r.Mutant!.Level == MutantLevel.Documented).ToArray();
        var inferred = mutants.Except(documented).ToArray();
        text.AppendLine(CultureInfo.InvariantCulture, $"Killed: {documented.Count(r => r.Killed)} of {documented.Length} documented-rule mutants by a @documented scenario; {inferred.Count(r => r.Killed)} of {inferred.Length} section-5-default mutants by an @inferred (or @documented) scenario.");
        if (rows.FirstOrDefault(r => r.Mutant is null) is { } baseline)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Baseline (conformant server): {baseline.FailingDocumented.Count} @documented failing of {baseline.ScenariosRun} scenarios run.");
        }

        text.AppendLine();
        text.AppendLine("| Mutant | Level | Rule broken | Spec | Verdict | Failing @documented | Failing other levels | First failing @documented scenarios |");
        text.AppendLine("|---|---|---|---|---|---:|---:|---|");
        foreach (var row in mutants)
        {
            var names = string.Join("<br>", row.FailingDocumented.Take(NamesShown).Select(Escape));
            if (row.FailingDocumented.Count > NamesShown)
            {
                names += $"<br>… {row.FailingDocumented.Count - NamesShown} more";
            }

            text.AppendLine(CultureInfo.InvariantCulture,
                $"| `{row.Name}` | {(row.Mutant!.Level == MutantLevel.Documented ? "documented" : "inferred")} | {Escape(row.Mutant.BrokenRule)} | {Escape(row.Mutant.SpecCitation)} | {Verdict(row)} | {row.FailingDocumented.Count} | {row.FailingOtherLevels.Count} | {names} |");
        }

        var explained = inferred.Where(r => InferredMutantReasons.ReasonFor(r.Name) is not null).ToArray();
        if (explained.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("Why these mutants are expected at the @inferred level (each breaks only a section-5 default, which the docs do not state):");
            text.AppendLine();
            foreach (var row in explained)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- `{row.Name}`: {InferredMutantReasons.ReasonFor(row.Name)}");
            }
        }

        return text.ToString();
    }

    private static string Verdict(MutantKill row) => row switch
    {
        { KilledByDocumented: true } => "killed (@documented)",
        { Killed: true } => "killed (@inferred)",
        { FailingOtherLevels.Count: > 0 } => "**survived** @documented (caught only by @inferred/@hardening)",
        _ => "**survived**",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
