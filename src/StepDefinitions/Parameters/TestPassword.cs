namespace MfaConformance.StepDefinitions.Parameters;

/// <summary>
/// A password a step sends. From Gherkin it is the scenario's stand-in for the literal written in the feature
/// (see <see cref="PasswordBook"/>), so the value on the wire never appears in a report; from C# (load flows) it
/// is the real password. <see cref="Literal"/> is the feature text it stands for (null from C#). Never printed.
/// </summary>
public sealed record TestPassword(string Value, string? Literal = null)
{
    /// <summary>A real password given by C# code (e.g. a load flow's per-customer password).</summary>
    public static implicit operator TestPassword(string value) => new(value);

    public override string ToString() => "***";
}
