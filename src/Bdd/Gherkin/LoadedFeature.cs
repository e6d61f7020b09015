using Io.Cucumber.Messages.Types;

namespace MfaConformance.Bdd.Gherkin;

/// <summary>A feature with its Cucumber source and Gherkin document messages and its pickles, in file order.</summary>
internal sealed record LoadedFeature(GherkinFeature Feature, Source Source, GherkinDocument Document, IReadOnlyList<GherkinPickle> Pickles);
