namespace MfaConformance.Bdd.Gherkin;

/// <summary>
/// One executable scenario compiled by the Gherkin pickle compiler: a scenario, or one row of a scenario outline
/// (background steps included), with the Cucumber pickle message it came from.
/// </summary>
public sealed class GherkinPickle
{
    internal GherkinPickle(
        string id, string name, string displayName, GherkinFeature feature, IReadOnlyList<string> tags,
        IReadOnlyDictionary<string, string> arguments, IReadOnlyList<GherkinPickleStep> steps, int line, Io.Cucumber.Messages.Types.Pickle message,
        string? ruleName, IReadOnlyList<string> ruleTags)
    {
        Id = id;
        Name = name;
        DisplayName = displayName;
        Feature = feature;
        Tags = tags;
        Arguments = arguments;
        Steps = steps;
        Line = line;
        Message = message;
        RuleName = ruleName;
        RuleTags = ruleTags;
    }

    /// <summary>Stable id: "{feature file}:{line}" (the line of the scenario, or of the outline's example row).</summary>
    public string Id { get; }

    public string Name { get; }

    /// <summary>"Feature: Scenario [row values]", the same from run to run.</summary>
    public string DisplayName { get; }

    public GherkinFeature Feature { get; }

    /// <summary>Feature, rule, scenario and examples tags, without '@'.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Example row values by column (empty for a plain scenario).</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    public IReadOnlyList<GherkinPickleStep> Steps { get; }

    public int Line { get; }

    /// <summary>The name of the Rule the scenario is in, or null.</summary>
    public string? RuleName { get; }

    /// <summary>The Rule's own tags, without '@' (empty outside a Rule).</summary>
    public IReadOnlyList<string> RuleTags { get; }

    /// <summary>The Cucumber pickle (ids link it to the Gherkin document message).</summary>
    public Io.Cucumber.Messages.Types.Pickle Message { get; }

    public bool HasTag(string tag) => Tags.Contains(tag.TrimStart('@'), StringComparer.OrdinalIgnoreCase);

    public override string ToString() => DisplayName;
}
