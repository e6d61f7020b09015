using System.Globalization;

namespace MfaConformance.Bdd;

/// <summary>
/// A short console summary: one line per non-passed scenario with its reason, then the totals. ANSI colours only
/// when asked (reqnroll.json trace.coloredOutput).
/// </summary>
public static class ConsoleSummaryFormatter
{
    public static void Write(TestRunResult result, TextWriter output, bool colored)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var error in result.RunErrors)
        {
            output.WriteLine(Paint($"RUN ERROR {error}", "31", colored));
        }

        foreach (var s in result.Scenarios.Where(s => s.Outcome != TestOutcome.Passed))
        {
            var reason = s.SkipReason ?? s.ErrorMessage ?? string.Empty;
            var firstLine = reason.Split('\n')[0].TrimEnd('\r');
            output.WriteLine(Paint($"{Label(s.Outcome),-9} {s.DisplayName}: {firstLine}", Colour(s.Outcome), colored));
        }

        var totals = string.Join(", ", Enum.GetValues<TestOutcome>()
            .Select(o => (o, n: result.Count(o)))
            .Where(x => x.n > 0)
            .Select(x => $"{x.n.ToString(CultureInfo.InvariantCulture)} {x.o.ToString().ToLowerInvariant()}"));
        var total = result.Scenarios.Count();
        output.WriteLine($"{total.ToString(CultureInfo.InvariantCulture)} scenario(s): {(totals.Length == 0 ? "none run" : totals)} in {result.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
    }

    private static string Label(TestOutcome o) => o.ToString().ToUpperInvariant();

    private static string Colour(TestOutcome o) => o switch
    {
        TestOutcome.Failed => "31",
        TestOutcome.Skipped => "90",
        TestOutcome.Ambiguous => "35",
        _ => "33",
    };

    private static string Paint(string text, string colour, bool colored) => colored ? $"\u001b[{colour}m{text}\u001b[0m" : text;
}
