using MfaConformance.Bdd;
using MfaConformance.Bdd.Configuration;
using MfaConformance.Bdd.Runtime;
using MfaConformance.StepDefinitions.Rules;
using MfaConformance.Targets.Suite;
namespace MfaConformance.Cli.Conformance;

/// <summary>
/// Reads the suite's pickles as the rule matrix reads them, without running them (every pickle: no tag filter): each
/// step with the step definition Reqnroll binds it to, whose declarations (the API action it makes, the check it is) the
/// matrix reads.
/// </summary>
internal static class SuitePickles
{
    /// <param name="featuresFolder">The features (suite.features); null: the ones the tool ships with.</param>
    public static async Task<IReadOnlyList<SuitePickle>> LoadAsync(string? featuresFolder = null)
    {
        var options = SuiteLocator.LoadOptions(featuresFolder);
        options.TagFilter = null;
        options.Formatters.Clear();
        options.TraceSteps = false;
        await using var run = BddRun.Create(options, collectResults: false);
        await run.StartAsync();
        if (run.StartError is { } error)
        {
            throw new BddConfigurationException($"the step definitions could not be loaded: {error.Message}", error);
        }

        return [.. run.AllPickles.Select(p => new SuitePickle(
            p.DisplayName,
            p.Tags,
            [.. p.Steps.Select(s => new SuiteStep(s.Text, run.FindBinding(s)?.Method))]))];
    }

    /// <param name="featuresFolder">The features (suite.features); null: the ones the tool ships with.</param>
    public static async Task<RuleMatrix> LoadMatrixAsync(string? featuresFolder = null) => RuleMatrix.Build(await LoadAsync(featuresFolder));
}
