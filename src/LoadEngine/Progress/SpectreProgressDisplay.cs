using System.Globalization;
using Spectre.Console;

namespace MfaConformance.LoadEngine.Progress;

/// <summary>A live Spectre.Console table, refreshed every tick, for interactive consoles.</summary>
internal sealed class SpectreProgressDisplay(IAnsiConsole console) : IProgressDisplay
{
    public Task RunAsync(Func<Action<ProgressSnapshot>, Task> loop)
    {
        var table = NewTable();
        return console.Live(table).AutoClear(false).StartAsync(ctx => loop(snapshot =>
        {
            Fill(table, snapshot);
            ctx.Refresh();
        }));
    }

    private static Table NewTable()
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]load[/]");
        foreach (var column in new[] { "scenario", "elapsed", "remaining", "ok", "fail", "rps", "p99 ms", "late", "dropped", "state" })
        {
            table.AddColumn(column);
        }

        return table;
    }

    private static void Fill(Table table, ProgressSnapshot snapshot)
    {
        table.Rows.Clear();
        foreach (var s in snapshot.Scenarios)
        {
            table.AddRow(
                Markup.Escape(s.Name),
                snapshot.Elapsed.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture),
                snapshot.Remaining is { } r ? r.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "?",
                s.Ok.ToString(CultureInfo.InvariantCulture),
                s.Fail == 0 ? "0" : $"[red]{s.Fail.ToString(CultureInfo.InvariantCulture)}[/]",
                s.CurrentRps.ToString("0.#", CultureInfo.InvariantCulture),
                s.P99Ms.ToString("0.##", CultureInfo.InvariantCulture),
                s.LateStarts.ToString(CultureInfo.InvariantCulture),
                s.DroppedStarts.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(s.State));
        }
    }
}
