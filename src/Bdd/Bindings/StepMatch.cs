namespace MfaConformance.Bdd;

/// <summary>Result of looking up the binding of one step text (cached per keyword + text).</summary>
internal sealed record StepMatch(StepDefinitionBinding? Binding, IReadOnlyList<string> Captures, IReadOnlyList<StepDefinitionBinding> Candidates, string? Problem)
{
    public bool IsUndefined => Candidates.Count == 0;

    public bool IsAmbiguous => Binding is null && Candidates.Count > 1;
}
