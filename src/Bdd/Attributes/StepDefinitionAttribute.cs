namespace MfaConformance.Bdd;

/// <summary>A step definition that matches Given, When and Then steps alike.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = true)]
public sealed class StepDefinitionAttribute(string? expression = null)
    : StepDefinitionBaseAttribute([StepDefinitionKeyword.Given, StepDefinitionKeyword.When, StepDefinitionKeyword.Then], expression);
