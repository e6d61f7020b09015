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
        return [.. BddRun.ReadPickles(options).Select(p => new SuitePickle(
            p.DisplayName,
            p.Tags,
            [.. p.Steps.Select(s => new SuiteStep(KindOf(s.BindingType), s.Text))]))];
    }

    public static RuleMatrix LoadMatrix(string suiteRoot) => RuleMatrix.Build(Load(suiteRoot));

    private static SuiteStepKind KindOf(Reqnroll.Bindings.StepDefinitionType type) => type switch
    {
        Reqnroll.Bindings.StepDefinitionType.Given => SuiteStepKind.Context,
        Reqnroll.Bindings.StepDefinitionType.When => SuiteStepKind.Action,
        _ => SuiteStepKind.Outcome,
    };
}
