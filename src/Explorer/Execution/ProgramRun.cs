using MfaConformance.Explorer.Model;
using MfaConformance.Explorer.Programs;

namespace MfaConformance.Explorer.Execution;

/// <summary>The run of one program against the target.</summary>
public sealed record ProgramRun(ExplorerProgram Program, IReadOnlyList<StepOutcome> Steps)
{
    /// <summary>The first answer the documentation rules out, or null.</summary>
    public Contradiction? Contradiction { get; init; }

    /// <summary>The index (in <see cref="ExplorerProgram.Steps"/>) of the step whose call contradicted the model.</summary>
    public int? ContradictionStep { get; init; }

    /// <summary>Why the program stopped early without a contradiction (a set-up call failed, a server error on an open case...).</summary>
    public string? Stopped { get; init; }

    /// <summary>The set-up (brand, customers) could not be made: nothing was explored.</summary>
    public bool SetUpFailed { get; init; }

    public TimeSpan Elapsed { get; init; }

    public int CallCount => Steps.Sum(s => s.Calls.Count);

    public int MustCount => Steps.Sum(s => s.Calls.Count(c => c.Prediction.IsMust));

    public bool Contradicted => Contradiction is not null;

    /// <summary>The step outcome whose call contradicted the model.</summary>
    public StepOutcome? FailingStep => ContradictionStep is { } index ? Steps.FirstOrDefault(s => s.Index == index) : null;
}
