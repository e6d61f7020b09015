namespace MfaConformance.Bdd;

[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = true)]
public sealed class GivenAttribute(string? expression = null) : StepDefinitionBaseAttribute([StepDefinitionKeyword.Given], expression);
