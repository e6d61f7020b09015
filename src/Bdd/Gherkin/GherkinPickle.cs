namespace MfaConformance.Bdd;

/// <summary>
/// One executable scenario compiled by the Gherkin pickle compiler: a scenario, or one row of a scenario outline
/// (background steps included).
/// </summary>
public sealed class GherkinPickle
{
    internal GherkinPickle(
        string id, string name, string displayName, FeatureInfo feature, IReadOnlyList<string> tags,
        IReadOnlyDictionary<string, string> arguments, IReadOnlyList<GherkinPickleStep> steps, int line, string language)
    {
        Id = id;
        Name = name;
        DisplayName = displayName;
        Feature = feature;
        Tags = tags;
        Arguments = arguments;
        RowValues = [.. arguments.Values];
        Steps = steps;
        Line = line;
        Language = language;
    }

    /// <summary>Stable id: "{feature file}:{line}" (the line of the scenario, or of the outline's example row).</summary>
    public string Id { get; }

    public string Name { get; }

    /// <summary>"Feature: Scenario [row values]", the same from run to run.</summary>
    public string DisplayName { get; }

    public FeatureInfo Feature { get; }

    /// <summary>Feature, scenario and examples tags, without '@'.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Example row values by column (empty for a plain scenario).</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    public IReadOnlyList<string> RowValues { get; }

    public IReadOnlyList<GherkinPickleStep> Steps { get; }

    public int Line { get; }

    public string Language { get; }

    public bool HasTag(string tag) => Tags.Contains(tag.TrimStart('@'), StringComparer.OrdinalIgnoreCase);

    public override string ToString() => DisplayName;
}
