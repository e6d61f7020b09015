namespace MfaConformance.StepDefinitions.Actions;

/// <summary>
/// Marks a Then binding that checks by logging in afresh (T12, T14, T15: "… can complete MFA …", "… can complete the
/// first factor"), a login that ends at <paramref name="endsAt"/> (an id of <see cref="ApiActions"/>): the endpoint a
/// scenario checks when it checks no call of its own.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FreshLoginCheckAttribute(string endsAt) : Attribute
{
    /// <summary>The action whose answer decides the check.</summary>
    public string EndsAt { get; } = endsAt;
}
