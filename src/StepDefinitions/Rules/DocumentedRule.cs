namespace MfaConformance.StepDefinitions.Rules;

/// <summary>
/// A row of the rule matrix: a rule the documentation states, where it is stated, the endpoints it applies to and,
/// for every other endpoint, why it does not apply there (<see cref="NotApplicable"/>, else <see cref="OtherwiseNotApplicable"/>).
/// </summary>
public sealed record DocumentedRule(string Id, string Title, string Statement, string Citation, IReadOnlyList<string> AppliesTo, string OtherwiseNotApplicable)
{
    /// <summary>Why the rule does not apply on particular endpoints (endpoint id → reason); the rest take <see cref="OtherwiseNotApplicable"/>.</summary>
    public IReadOnlyDictionary<string, string> NotApplicable { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool Applies(string endpointId) => AppliesTo.Contains(endpointId, StringComparer.Ordinal);

    /// <summary>Why the rule does not apply on <paramref name="endpointId"/>, or null when it does.</summary>
    public string? ReasonNotApplicable(string endpointId) =>
        Applies(endpointId) ? null : NotApplicable.TryGetValue(endpointId, out var reason) ? reason : OtherwiseNotApplicable;
}
