using MfaConformance.StepDefinitions.Actions;

namespace MfaConformance.StepDefinitions.Rules;

/// <summary>
/// One cell of the rule matrix: the @documented pickles that enforce <see cref="Rule"/> on <see cref="Endpoint"/>,
/// their @inferred and @hardening companions (mapped codes, advice), or why the rule does not apply there.
/// </summary>
public sealed record RuleCell(DocumentedRule Rule, ApiAction Endpoint, IReadOnlyList<string> Documented, IReadOnlyList<string> Companions)
{
    /// <summary>Why the rule does not apply on this endpoint, or null when it does.</summary>
    public string? NotApplicable => Rule.ReasonNotApplicable(Endpoint.Id);
}
