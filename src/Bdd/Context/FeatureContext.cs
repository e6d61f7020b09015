namespace MfaConformance.Bdd;

/// <summary>Per-feature context, injectable into bindings and hooks.</summary>
public sealed class FeatureContext(FeatureInfo featureInfo)
{
    public FeatureInfo FeatureInfo { get; } = featureInfo;
}
