using MfaConformance.Bdd.Gherkin;
namespace MfaConformance.Bdd.Runtime;

/// <summary>Finds pickles by tag expression or by name (exact display name, exact scenario name, else part of the display name).</summary>
public static class PickleFinder
{
    public static IReadOnlyList<GherkinPickle> Find(IReadOnlyList<GherkinPickle> pickles, string nameOrTagExpression)
    {
        ArgumentNullException.ThrowIfNull(pickles);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrTagExpression);
        var text = nameOrTagExpression.Trim();
        if (text.StartsWith('@') || text.StartsWith('(') || text.StartsWith("not ", StringComparison.OrdinalIgnoreCase))
        {
            var expression = TagExpression.Parse(text);
            return [.. pickles.Where(p => expression.Evaluate(p.Tags))];
        }

        var exact = pickles.Where(p => p.DisplayName == text || p.Name == text).ToArray();
        return exact.Length > 0 ? exact : [.. pickles.Where(p => p.DisplayName.Contains(text, StringComparison.OrdinalIgnoreCase))];
    }
}
