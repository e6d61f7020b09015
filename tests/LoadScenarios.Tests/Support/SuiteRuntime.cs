using MfaConformance.Bdd;
using MfaConformance.StepDefinitions;

namespace MfaConformance.LoadScenarios.Tests;

/// <summary>The conformance suite's binding runtime over the repository's features (no reports).</summary>
internal static class SuiteRuntime
{
    public static BddRuntime Create(LoadTarget target)
    {
        var options = BddConfiguration.Load();
        if (!options.BindingAssemblies.Contains(ConformanceSuite.BindingAssembly))
        {
            options.BindingAssemblies.Add(ConformanceSuite.BindingAssembly);
        }

        options.Formats = ReportFormats.None;
        var runtime = BddRuntime.Create(options);
        runtime.RegisterInstance(target.Conformance);
        return runtime;
    }
}
