using MfaConformance.Bdd.Tests.Samples.Bindings;

namespace MfaConformance.Bdd.Tests.Runtime;

internal static class RuntimeFactory
{
    public static readonly Type[] SampleBindings = [typeof(CalculatorSteps), typeof(AmbiguousSteps), typeof(TableSteps), typeof(HookSteps)];

    public static BddRuntime Create(string feature, Action<BddOptions>? configure = null, params Type[] extraTypes)
    {
        var options = new BddOptions { BaseDirectory = AppContext.BaseDirectory, Formats = ReportFormats.None };
        options.FeaturePaths.Add(Path.Combine("Samples", feature));
        foreach (var type in SampleBindings.Concat(extraTypes))
        {
            options.BindingTypes.Add(type);
        }

        configure?.Invoke(options);
        return BddRuntime.Create(options);
    }

    public static ScenarioResult Scenario(this TestRunResult result, string name) => result.Scenarios.Single(s => s.Name == name);
}
