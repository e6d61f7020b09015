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

    /// <summary>A runtime over one feature written to a fresh temp folder, with only the given binding types.</summary>
    public static BddRuntime FromText(string featureText, Action<BddOptions>? configure, params Type[] bindingTypes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "bdd-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "test.feature"), featureText);
        var options = new BddOptions { BaseDirectory = folder, Formats = ReportFormats.None };
        options.FeaturePaths.Add("test.feature");
        foreach (var type in bindingTypes)
        {
            options.BindingTypes.Add(type);
        }

        configure?.Invoke(options);
        return BddRuntime.Create(options);
    }

    public static ScenarioResult Scenario(this TestRunResult result, string name) => result.Scenarios.Single(s => s.Name == name);
}
