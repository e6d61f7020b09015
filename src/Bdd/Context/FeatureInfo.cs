namespace MfaConformance.Bdd;

public sealed class FeatureInfo(string title, string? description, IReadOnlyList<string> tags, string filePath)
{
    public string Title { get; } = title;

    public string? Description { get; } = description;

    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>Path of the .feature file relative to the base directory (the repository root), with forward slashes.</summary>
    public string FilePath { get; } = filePath;
}
