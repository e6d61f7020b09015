namespace MfaConformance.StepDefinitions.Suite;

/// <summary>
/// The conformance suite's bindings as Reqnroll sees them: this assembly (named in reqnroll.json bindingAssemblies).
/// A host runs the features with it through any Reqnroll integration and registers the <see cref="ConformanceTarget"/>
/// in the test-run container (the CLI and tests use src/Bdd's runner).
/// </summary>
public static class ConformanceSuite
{
    /// <summary>The assembly holding the step definitions.</summary>
    public static System.Reflection.Assembly BindingAssembly => typeof(ConformanceSuite).Assembly;
}
