using MfaConformance.Bdd;
using MfaConformance.StepDefinitions.Rules;

namespace MfaConformance.Cli.Conformance;

/// <summary>Reads the suite's pickles (features/ under the suite root) as the rule matrix reads them, without running them.</summary>
internal static class SuitePickles
{
    public static IReadOnlyList<SuitePickle> Load(string suiteRoot)
    {
        var options = SuiteLocator.LoadOptions(suiteRoot);
        options.TagFilter = null;
        return [.. BddRuntime.Create(options).AllPickles.Select(p => new SuitePickle(
            p.DisplayName,
            p.Tags,
            [.. p.Steps.Select(s => new SuiteStep(KindOf(s.BindingKeyword), s.Text))]))];
    }

    public static RuleMatrix LoadMatrix(string suiteRoot) => RuleMatrix.Build(Load(suiteRoot));

    private static SuiteStepKind KindOf(StepDefinitionKeyword keyword) => keyword switch
    {
        StepDefinitionKeyword.Given => SuiteStepKind.Context,
        StepDefinitionKeyword.When => SuiteStepKind.Action,
        _ => SuiteStepKind.Outcome,
    };
}
