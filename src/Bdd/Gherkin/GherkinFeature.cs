namespace MfaConformance.Bdd.Gherkin;

/// <summary>A parsed .feature file: where it is, its title, tags and text (the Cucumber "source").</summary>
public sealed class GherkinFeature
{
    public GherkinFeature(string filePath, string title, string? description, IReadOnlyList<string> tags, string language, string source)
    {
        FilePath = filePath;
        Title = title;
        Description = description;
        Tags = tags;
        Language = language;
        Source = source;
    }

    /// <summary>The path relative to the suite root with '/' separators ("features/returning-user.feature"): the Cucumber messages' uri.</summary>
    public string FilePath { get; }

    public string Title { get; }

    public string? Description { get; }

    /// <summary>Feature tags, without '@'.</summary>
    public IReadOnlyList<string> Tags { get; }

    public string Language { get; }

    /// <summary>The file's text.</summary>
    public string Source { get; }

    public override string ToString() => $"{Title} ({FilePath})";
}
