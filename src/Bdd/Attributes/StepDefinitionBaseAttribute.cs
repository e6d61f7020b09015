namespace MfaConformance.Bdd;

/// <summary>
/// Base of <see cref="GivenAttribute"/>, <see cref="WhenAttribute"/>, <see cref="ThenAttribute"/> and
/// <see cref="StepDefinitionAttribute"/>. The expression is a regular expression (detected as Reqnroll does:
/// starts with <c>^</c>, ends with <c>$</c>, or contains regex-only constructs) or a Cucumber expression.
/// A null expression derives the pattern from the method name (Reqnroll's method-name convention).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = true)]
public abstract class StepDefinitionBaseAttribute(StepDefinitionKeyword[] keywords, string? expression) : Attribute
{
    public IReadOnlyList<StepDefinitionKeyword> Keywords { get; } = keywords;

    public string? Expression { get; } = expression;

    /// <summary>Culture used to convert arguments (e.g. "en-US"). Null: the feature's language.</summary>
    public string? Culture { get; set; }
}
