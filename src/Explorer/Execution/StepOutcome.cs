using MfaConformance.Explorer.Programs;

namespace MfaConformance.Explorer.Execution;

/// <summary>
/// What became of one step: run (with its calls), or not applicable (<see cref="Ran"/> false: the step needed a value an
/// earlier answer did not hand on, e.g. an MFA session the target refused; such steps are left out of the printed program).
/// </summary>
public sealed record StepOutcome(int Index, ProgramStep Step, bool Ran, IReadOnlyList<CallOutcome> Calls, string? Note = null);
