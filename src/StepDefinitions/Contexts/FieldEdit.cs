namespace MfaConformance.StepDefinitions;

/// <summary>One change to a request field (N7/N8): left out (<see cref="Value"/> null) or set to a string.</summary>
public sealed record FieldEdit(string Field, string? Value)
{
    public bool Removes => Value is null;
}
