using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.RuntimeSupport;

namespace MfaConformance.Bdd.Runtime;

/// <summary>No Cucumber messages for a feature (scenario scopes without Gherkin): Reqnroll's formatters skip it.</summary>
internal sealed class NoMessages : IFeatureLevelCucumberMessages
{
    public static readonly NoMessages Instance = new();

    public bool HasMessages => false;

    public GherkinDocument? GherkinDocument => null;

    public IEnumerable<Pickle> Pickles => [];

    public Source? Source => null;
}
