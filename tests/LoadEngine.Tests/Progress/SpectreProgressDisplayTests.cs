using MfaConformance.LoadEngine.Progress;
using Spectre.Console;

namespace MfaConformance.LoadEngine.Tests.Progress;

public sealed class SpectreProgressDisplayTests
{
    private const string LongName = "a_first_time_customer_sets_an_mfa_password_and_completes_mfa_with_the_mfa_otp";

    [Fact]
    public void Render_80Columns_NoHeadingTruncatedAndNoNameWrapped()
    {
        // issue 20: in an 80-column terminal, headings "scena…", "elaps…" and the scenario name wrapped over 4 lines
        var text = Write(Snapshot(("returning_user_login", "running"), (LongName, "running")), width: 80);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        lines.ShouldAllBe(l => l.Length <= 80, text);
        text.ShouldNotContain("…", customMessage: text);
        lines.ShouldContain(l => l.Trim() == "returning_user_login", text);
        lines.ShouldContain(l => l.Trim() == LongName, "the 78-character name on one line of its own\n" + text);
        lines.ShouldContain("load  elapsed 00:00:12  remaining 00:00:08", text);
        var headings = lines.First(l => l.Contains("ok", StringComparison.Ordinal) && l.Contains("state", StringComparison.Ordinal));
        foreach (var heading in new[] { " ok ", " fail ", " rps ", " p99 ms ", " late ", " dropped ", " state " })
        {
            headings.ShouldContain(heading, customMessage: text);
        }

        lines.ShouldContain(l => l.Contains(" 1234 ", StringComparison.Ordinal) && l.Contains(" 20.5 ", StringComparison.Ordinal) && l.Contains(" running ", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Render_NameLongerThanTheTerminal_IsCutWithAnEllipsisNotWrapped()
    {
        var name = string.Concat(Enumerable.Repeat("very_long_scenario_name_", 5));
        var text = Write(Snapshot((name, "running")), width: 80);

        text.Split('\n').Count(l => l.Contains("very_long", StringComparison.Ordinal)).ShouldBe(1, text);
        text.ShouldContain("…");
    }

    [Fact]
    public void Render_Stopped_SaysWhyUnderTheTable()
    {
        var reason = "stopped: threshold 'fail_rate(scenario=returning_user_login) < 50%' failed (62%); run aborted";
        var text = Write(Snapshot(("returning_user_login", reason)), width: 80);

        text.Split('\n').ShouldAllBe(l => l.TrimEnd('\r').Length <= 80, text);
        text.ShouldContain(" stopped ");
        string.Join(' ', text.Split('\n').Select(l => l.Trim())).ShouldContain(reason);
    }

    [Fact]
    public async Task RunAsync_Ticks_ShowTheLastSnapshot()
    {
        var (console, writer) = Console(80);
        await new SpectreProgressDisplay(console).RunAsync(show =>
        {
            show(Snapshot(("returning_user_login", "running")));
            show(Snapshot(("returning_user_login", "finished")));
            return Task.CompletedTask;
        });

        writer.ToString().ShouldContain("finished");
    }

    [Theory]
    [InlineData(true, false, true, null, "xterm-256color", true)]
    [InlineData(true, true, true, null, "xterm", false)] // output to a file or a pipe
    [InlineData(false, false, true, null, "xterm", false)] // progress written elsewhere than the console
    [InlineData(true, false, false, null, "xterm", false)]
    [InlineData(true, false, true, "true", "xterm", false)] // a CI runner
    [InlineData(true, false, true, "false", "xterm", true)]
    [InlineData(true, false, true, null, "dumb", false)]
    public void UseLiveDisplay_Terminal_OnlyWhenSomeoneWatchesIt(bool toConsole, bool redirected, bool interactive, string? ci, string? term, bool expected) =>
        LoadEngine.Running.RunMonitor.UseLiveDisplay(toConsole, redirected, interactive, ci, term).ShouldBe(expected);

    private static ProgressSnapshot Snapshot(params (string Name, string State)[] scenarios) =>
        new(TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(8), [.. scenarios.Select(s => new ScenarioProgress(s.Name, 1234, 0, 20.5, 179.46, 3, 0, s.State))]);

    private static string Write(ProgressSnapshot snapshot, int width)
    {
        var (console, writer) = Console(width);
        console.Write(SpectreProgressDisplay.Render(snapshot));
        return writer.ToString();
    }

    private static (IAnsiConsole Console, StringWriter Writer) Console(int width)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return (console, writer);
    }
}
