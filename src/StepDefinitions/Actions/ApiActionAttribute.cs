namespace MfaConformance.StepDefinitions.Actions;

/// <summary>
/// Declares the API action a step binding makes (an id of <see cref="ApiActions"/>, e.g. <c>[ApiAction(ApiActions.MfaPasswordValidate)]</c>):
/// the rule matrix takes the endpoint a scenario checks from it, and load measures the step under the action's metric name.
/// A binding without it makes no API call of its own (a set-up, a next-call modifier, a clock move, a check).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ApiActionAttribute(string action) : Attribute
{
    /// <summary>The action's id in <see cref="ApiActions"/>.</summary>
    public string Action { get; } = action;
}
