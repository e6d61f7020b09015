using MfaConformance.LoadEngine.Timing;

namespace MfaConformance.LoadEngine.Tests.Support;

internal static class TestRuns
{
    /// <summary>A run on a virtual clock, iterations inline, no reports, no progress, no Ctrl+C hook.</summary>
    public static LoadRunBuilder Builder(ILoadClock clock, params ScenarioProps[] scenarios)
    {
        var builder = LoadRunner.RegisterScenarios(scenarios)
            .WithoutReports()
            .WithConsoleProgress(false)
            .WithCtrlCHandling(false)
            .WithClock(clock)
            .WithConsole(TextWriter.Null);
        builder.Settings = builder.Settings with { InlineDispatch = true };
        return builder;
    }

    public static ManualLoadClock VirtualClock() => new() { AutoAdvance = true };
}
