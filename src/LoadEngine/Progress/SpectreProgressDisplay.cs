using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace MfaConformance.LoadEngine.Progress;

/// <summary>
/// Live progress for interactive consoles, refreshed every tick, that fits an 80-column terminal: the times on one
/// line, then per scenario its name on a line of its own (never squeezed into a column) over a table of short
/// numeric columns, and why it stopped, if it did, as a sentence under it.
/// </summary>
internal sealed class SpectreProgressDisplay(IAnsiConsole console) : IProgressDisplay
{
    private static readonly string[] Headings = ["ok", "fail", "rps", "p99 ms", "late", "dropped", "state"];

    public Task RunAsync(Func<Action<ProgressSnapshot>, Task> loop) =>
        console.Live(Render(new ProgressSnapshot(TimeSpan.Zero, null, []))).AutoClear(false).StartAsync(ctx => loop(snapshot =>
        {
            ctx.UpdateTarget(Render(snapshot));
            ctx.Refresh();
        }));

    /// <summary>What one tick shows.</summary>
    internal static IRenderable Render(ProgressSnapshot snapshot)
    {
        var remaining = snapshot.Remaining is { } r ? Time(r) : "?";
        var parts = new List<IRenderable> { new Markup($"[bold]load[/]  elapsed {Time(snapshot.Elapsed)}  remaining {remaining}") };
        foreach (var s in snapshot.Scenarios)
        {
            parts.Add(new Markup($"[bold]{Markup.Escape(s.Name)}[/]") { Overflow = Overflow.Ellipsis });
            parts.Add(Numbers(s));
            if (s.State.StartsWith("stopped: ", StringComparison.Ordinal))
            {
                parts.Add(new Markup($"[yellow]{Markup.Escape(s.State)}[/]"));
            }
        }

        return new Rows(parts);
    }

    private static Table Numbers(ScenarioProgress s)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var heading in Headings)
        {
            table.AddColumn(new TableColumn(heading) { NoWrap = true, Alignment = heading == "state" ? Justify.Left : Justify.Right });
        }

        var state = s.State.StartsWith("stopped", StringComparison.Ordinal) ? "stopped" : s.State;
        table.AddRow(
            Number(s.Ok),
            s.Fail == 0 ? "0" : $"[red]{Number(s.Fail)}[/]",
            s.CurrentRps.ToString("0.#", CultureInfo.InvariantCulture),
            s.P99Ms.ToString("0.##", CultureInfo.InvariantCulture),
            Number(s.LateStarts),
            Number(s.DroppedStarts),
            Markup.Escape(state));
        return table;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(TimeSpan value) => value.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
}
