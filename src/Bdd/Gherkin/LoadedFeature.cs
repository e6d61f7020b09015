namespace MfaConformance.Bdd;

internal sealed record LoadedFeature(FeatureInfo Info, string Source, string Uri, IReadOnlyList<GherkinPickle> Pickles);
