namespace MfaConformance.StepDefinitions.Actions;

/// <summary>
/// Marks a Then binding that checks "the call", the answer of the last action (T1–T11): the rule matrix takes the
/// endpoint a scenario checks from the action before it (before its first check that the call was refused, when there is
/// one), and load runs it inside that action's measured step.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChecksTheCallAttribute : Attribute
{
    /// <summary>True for a check that the call was refused ("the call fails…", "each of those calls fails").</summary>
    public bool Refusal { get; init; }
}
