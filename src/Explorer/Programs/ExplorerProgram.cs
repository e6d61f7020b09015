namespace MfaConformance.Explorer.Programs;

/// <summary>A program of calls, clock moves and set-up, generated from <see cref="Seed"/> (replayable with --seed).</summary>
public sealed record ExplorerProgram(ProgramSetup Setup, IReadOnlyList<ProgramStep> Steps, string Seed)
{
    /// <summary>How many API calls the steps make at most (set-up composites count as their calls).</summary>
    public int CallCount => Steps.Sum(s => s.IsAction ? s.Times : s.IsSetUp ? (s.Kind == StepKind.OtherCustomerCompletesMfa ? 5 : 6) : 0);

    public ExplorerProgram WithSteps(IReadOnlyList<ProgramStep> steps) => this with { Steps = steps };
}
