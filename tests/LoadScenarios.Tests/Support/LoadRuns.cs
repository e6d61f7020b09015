using MfaConformance.LoadEngine;
using MfaConformance.LoadEngine.Stats;

namespace MfaConformance.LoadScenarios.Tests.Support;

/// <summary>Small, fast runs of a scenario: a fixed number of iterations by a few copies, no warm-up.</summary>
internal static class LoadRuns
{
    public static LoadScenarioOptions Iterations(int copies, long iterations) => new()
    {
        WarmUp = TimeSpan.Zero,
        Simulations = [Simulation.IterationsForConstant(copies, iterations)],
    };

    public static Task<LoadRunResult> RunAsync(LoadScenarioDefinition definition, string? reportFolder = null, TextWriter? console = null)
    {
        var builder = LoadRunner.RegisterScenarios(definition.Props).WithConsoleProgress(false).WithCtrlCHandling(false).WithConsole(console ?? TextWriter.Null);
        builder = reportFolder is null ? builder.WithoutReports() : builder.WithReportFolder(reportFolder).WithRunId("run");
        return builder.RunAsync();
    }

    public static ScenarioStats Scenario(this LoadRunResult result) => result.Stats.Scenarios.ShouldHaveSingleItem();

    public static StepStats Step(this LoadRunResult result, string name) =>
        result.Scenario().Steps.SingleOrDefault(s => s.Name == name) ?? throw new ShouldAssertException($"no step '{name}' in {string.Join(", ", result.Scenario().Steps.Select(s => s.Name))}");

    /// <summary>The ok/fail counts and messages of every step, for assertion messages.</summary>
    public static string Describe(this LoadRunResult result) => string.Join("; ", result.Scenario().Steps.Select(s =>
        $"{s.Name} ok {s.Ok.Count} fail {s.Fail.Count} [{string.Join(" | ", s.ErrorMessages.Keys)}]"))
        + $"; total fail {result.Scenario().Total.Fail.Count} [{string.Join(" | ", result.Scenario().Total.ErrorMessages.Keys)}]"
        + $"; errors [{string.Join(" | ", result.Errors)}]";
}
