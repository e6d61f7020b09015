using MfaConformance.Explorer.Execution;
using MfaConformance.Explorer.Programs;
using MfaConformance.Explorer.Tests.Support;

namespace MfaConformance.Explorer.Tests.Shrinking;

/// <summary>The shrunk program still shows the contradiction, and no single call, clock move or repetition of it can be removed.</summary>
public sealed class ShrinkingTests(PlantedDefectFixture fixture) : IClassFixture<PlantedDefectFixture>
{
    [Fact]
    public void TheShrunkProgram_NeedsAtLeastFiveCallsAndAClockMove()
    {
        var found = fixture.Found;

        found.Reproduced.ShouldBeTrue();
        found.RuleId.ShouldBe("token-lifetime");
        found.Minimal.CallCount.ShouldBeGreaterThanOrEqualTo(5);
        found.Minimal.Program.Steps.ShouldContain(s => s.Kind == StepKind.ClockMoves);
        found.Steps.ShouldBeLessThanOrEqualTo(found.OriginalSteps);
    }

    [Fact]
    public async Task TheShrunkProgram_HasNoStepThatCanBeRemoved()
    {
        var found = fixture.Found;
        var program = found.Minimal.Program;
        var runner = new ProgramRunner(fixture.Target.Target);
        (await runner.RunAsync(program)).Contradiction.ShouldNotBeNull("the minimal program shows the contradiction when replayed");

        var candidates = new List<(string What, IReadOnlyList<ProgramStep> Steps)>();
        for (var i = 0; i < program.Steps.Count; i++)
        {
            var index = i;
            candidates.Add(($"without step {i + 1} ({program.Steps[i].Text})", [.. program.Steps.Where((_, j) => j != index)]));
            if (program.Steps[i].Times > 1)
            {
                candidates.Add(($"with one call fewer in step {i + 1}", [.. program.Steps.Select((s, j) => j == index ? s with { Times = s.Times - 1 } : s)]));
            }
        }

        foreach (var (what, steps) in candidates)
        {
            var run = await runner.RunAsync(program.WithSteps(steps));
            var same = run.Contradiction is { } c && c.RuleId == found.RuleId && c.Endpoint == found.Endpoint;
            same.ShouldBeFalse($"the program {what} still shows the contradiction, so it was not minimal:\n{found.Gherkin}");
        }
    }
}
