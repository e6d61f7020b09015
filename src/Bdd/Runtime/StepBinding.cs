using MfaConformance.Bdd.Gherkin;
using Reqnroll.Bindings;
namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// The step definition Reqnroll's binding registry has for a pickle step (found before running, for planning: the
/// load engine names its measured steps by it), with the values the step text gives its parameters.
/// </summary>
public sealed record StepBinding(IStepDefinitionBinding Definition, IReadOnlyList<string> Arguments)
{
    /// <summary>The binding class (e.g. typeof(PasswordSteps)), when it is a runtime type.</summary>
    public Type? DeclaringType => (Definition.Method.Type as Reqnroll.Bindings.Reflection.RuntimeBindingType)?.Type;

    public string MethodName => Definition.Method.Name;

    /// <summary>The binding method, when it is a runtime method: what the step definitions declare on it (e.g. the API action it makes) is read from here.</summary>
    public System.Reflection.MethodInfo? Method => (Definition.Method as Reqnroll.Bindings.Reflection.RuntimeBindingMethod)?.MethodInfo;

    /// <summary>
    /// The valid step definitions of <paramref name="registry"/> whose type and expression match <paramref name="step"/>
    /// (scopes are not considered; a step that several match gets the first).
    /// </summary>
    public static StepBinding? Find(IBindingRegistry registry, GherkinPickleStep step)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(step);
        foreach (var definition in registry.GetConsideredStepDefinitions(step.BindingType, step.Text))
        {
            if (definition.IsValid && definition.StepDefinitionType == step.BindingType && definition.Regex?.Match(step.Text) is { Success: true } match)
            {
                return new StepBinding(definition, [.. match.Groups.Cast<System.Text.RegularExpressions.Group>().Skip(1).Select(g => g.Value)]);
            }
        }

        return null;
    }
}
