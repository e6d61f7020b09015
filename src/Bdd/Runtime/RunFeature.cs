using System.Globalization;
using MfaConformance.Bdd.Gherkin;
using Reqnroll;
namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// One feature of a run: its single <see cref="FeatureInfo"/> (Reqnroll's formatters key their state by the
/// instance), the index of each pickle in its messages, and how many of its pickles are still to run.
/// </summary>
internal sealed class RunFeature
{
    private readonly Dictionary<string, int> _index;
    private int _remaining;

    public RunFeature(LoadedFeature feature, IReadOnlyList<GherkinPickle> pickles)
    {
        Feature = feature.Feature;
        _index = pickles.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _remaining = pickles.Count;
        var folder = Path.GetDirectoryName(feature.Feature.FilePath)?.Replace('\\', '/');
        var messages = new FeatureMessages(feature.Source, feature.Document, [.. pickles.Select(p => p.Message)]);
        Info = new FeatureInfo(
            CultureOf(feature.Feature.Language), folder, feature.Feature.Title, feature.Feature.Description ?? string.Empty,
            ProgrammingLanguage.CSharp, [.. feature.Feature.Tags], messages);
    }

    private RunFeature(GherkinFeature feature, FeatureInfo info)
    {
        Feature = feature;
        Info = info;
        _index = [];
        _remaining = int.MaxValue;
    }

    public GherkinFeature Feature { get; }

    public FeatureInfo Info { get; }

    /// <summary>The pickle's index in this run's messages (Reqnroll's ScenarioInfo pickleIndex).</summary>
    public string IndexOf(GherkinPickle pickle) =>
        _index.TryGetValue(pickle.Id, out var i) ? i.ToString(CultureInfo.InvariantCulture) : throw new ArgumentException($"'{pickle.DisplayName}' is not selected in this run.", nameof(pickle));

    /// <summary>A feature without Gherkin for scenario scopes (C# load flows): no Cucumber messages, never ends early.</summary>
    public static RunFeature Synthetic(string title)
    {
        var feature = new GherkinFeature(title, title, null, [], "en", string.Empty);
        return new RunFeature(feature, new FeatureInfo(CultureInfo.GetCultureInfo("en-US"), null, title, string.Empty, ProgrammingLanguage.CSharp, [], NoMessages.Instance));
    }

    /// <summary>Counts one pickle done; true when it was the feature's last.</summary>
    public bool Done() => Interlocked.Decrement(ref _remaining) == 0;

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
