namespace MfaConformance.Bdd;

[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = true)]
public sealed class ThenAttribute(string? expression = null) : StepDefinitionBaseAttribute([StepDefinitionKeyword.Then], expression);
