namespace MfaConformance.Bdd;

[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = true)]
public sealed class WhenAttribute(string? expression = null) : StepDefinitionBaseAttribute([StepDefinitionKeyword.When], expression);
