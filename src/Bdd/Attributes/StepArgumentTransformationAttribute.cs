namespace MfaConformance.Bdd;

/// <summary>
/// Marks a method that converts step arguments (or a <see cref="DataTable"/>) to a custom type.
/// With a regex, it also defines a Cucumber-expression parameter type matched by that regex.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = true)]
public sealed class StepArgumentTransformationAttribute(string? regex = null) : Attribute
{
    public string? Regex { get; } = regex;

    /// <summary>Name of the Cucumber-expression parameter type, e.g. "identifier" for {identifier}.</summary>
    public string? Name { get; set; }
}
