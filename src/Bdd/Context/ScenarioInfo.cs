namespace MfaConformance.Bdd;

/// <summary>What a scenario (one pickle) is: its title, tags (scenario + feature, without '@') and outline row values.</summary>
public sealed class ScenarioInfo(string title, IReadOnlyList<string> tags, IReadOnlyDictionary<string, string> arguments)
{
    public string Title { get; } = title;

    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>Outline example row values by column header; empty for a plain scenario.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; } = arguments;

    public bool HasTag(string tag) => Tags.Contains(tag.TrimStart('@'), StringComparer.OrdinalIgnoreCase);
}
