using System.Globalization;

namespace MfaConformance.LoadEngine.Progress;

/// <summary>A periodic plain line per scenario, for non-interactive consoles (CI logs).</summary>
internal sealed class PlainProgressDisplay(TextWriter writer) : IProgressDisplay
{
    public Task RunAsync(Func<Action<ProgressSnapshot>, Task> loop) => loop(Write);

    internal static string Line(ProgressSnapshot snapshot, ScenarioProgress s) => string.Format(
        CultureInfo.InvariantCulture,
        "[load] {0} elapsed {1:hh\\:mm\\:ss} remaining {2} ok {3} fail {4} rps {5:0.#} p99 {6:0.##} ms late {7} dropped {8} {9}",
        s.Name,
        snapshot.Elapsed,
        snapshot.Remaining is { } r ? r.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "?",
        s.Ok,
        s.Fail,
        s.CurrentRps,
        s.P99Ms,
        s.LateStarts,
        s.DroppedStarts,
        s.State);

    private void Write(ProgressSnapshot snapshot)
    {
        foreach (var scenario in snapshot.Scenarios)
        {
            writer.WriteLine(Line(snapshot, scenario));
        }

        writer.Flush();
    }
}
