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
        var mutants = rows.Where(r => r.Mutant is not null).ToArray();
        text.AppendLine(CultureInfo.InvariantCulture, $"Killed: {mutants.Count(r => r.Killed)} of {mutants.Length} mutants (a mutant is killed when at least one @documented scenario fails against it).");
        if (rows.FirstOrDefault(r => r.Mutant is null) is { } baseline)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Baseline (conformant server): {baseline.FailingDocumented.Count} @documented failing of {baseline.ScenariosRun} scenarios run.");
        }

        text.AppendLine();
        text.AppendLine("| Mutant | Rule broken | Spec | Verdict | Failing @documented | Failing other levels | First failing @documented scenarios |");
        text.AppendLine("|---|---|---|---|---:|---:|---|");
        foreach (var row in mutants)
        {
            var names = string.Join("<br>", row.FailingDocumented.Take(NamesShown).Select(Escape));
            if (row.FailingDocumented.Count > NamesShown)
            {
                names += $"<br>… {row.FailingDocumented.Count - NamesShown} more";
            }

            text.AppendLine(CultureInfo.InvariantCulture,
                $"| `{row.Name}` | {Escape(row.Mutant!.BrokenRule)} | {Escape(row.Mutant.SpecCitation)} | {Verdict(row)} | {row.FailingDocumented.Count} | {row.FailingOtherLevels.Count} | {names} |");
        }

        var explained = mutants.Where(r => !r.Killed && DocumentedSurvivors.ReasonFor(r.Name) is not null).ToArray();
        if (explained.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("Why these mutants survive the @documented level (each breaks only a rule the docs do not state):");
            text.AppendLine();
            foreach (var row in explained)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- `{row.Name}`: {DocumentedSurvivors.ReasonFor(row.Name)}");
            }
        }

        return text.ToString();
    }

    private static string Verdict(MutantKill row) => row switch
    {
        { Killed: true } => "killed",
        { FailingOtherLevels.Count: > 0 } => "**survived** @documented (killed by @inferred/@hardening)",
        _ => "**survived**",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
