using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.RuntimeSupport;

namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// The Cucumber source, Gherkin document and pickles of one feature for Reqnroll's formatters (what Reqnroll's
/// generator embeds as a resource), limited to the pickles this run executes so every pickle gets a test case.
/// </summary>
internal sealed class FeatureMessages(Source source, GherkinDocument document, IReadOnlyList<Pickle> pickles) : IFeatureLevelCucumberMessages
{
    public bool HasMessages => true;

    public GherkinDocument GherkinDocument { get; } = document;

    public IEnumerable<Pickle> Pickles { get; } = pickles;

    public Source Source { get; } = source;
}
