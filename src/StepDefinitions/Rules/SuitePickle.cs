using MfaConformance.StepDefinitions.Suite;
namespace MfaConformance.StepDefinitions.Rules;

/// <summary>One scenario or outline row of the suite, as the rule matrix reads it: its name, tags and steps.</summary>
public sealed record SuitePickle(string Name, IReadOnlyList<string> Tags, IReadOnlyList<SuiteStep> Steps)
{
    /// <summary>The assertion level of the pickle (documented, inferred or hardening).</summary>
    public string Level => AssertionLevel.Of(Tags);

    /// <summary>The rule ids the pickle's <c>@rule:…</c> tags name.</summary>
    public IReadOnlyList<string> Rules => [.. Tags.Select(t => t.TrimStart('@')).Where(t => t.StartsWith(RuleTag.Prefix, StringComparison.OrdinalIgnoreCase))
        .Select(t => t[RuleTag.Prefix.Length..])];
}
