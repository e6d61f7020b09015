using MfaConformance.StepDefinitions.Parameters;
namespace MfaConformance.StepDefinitions.Contexts;

/// <summary>
/// One change to a request field: left out (N7, <see cref="Value"/> null), set to a string (N7 empty, N8), or derived from
/// the value the action would send (N10, <see cref="Variant"/>).
/// </summary>
public sealed record FieldEdit(string Field, string? Value, ValueVariant? Variant = null)
{
    public bool Removes => Value is null && Variant is null;
}
