using Reqnroll.BoDi;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.Tracing;

namespace MfaConformance.Bdd.Runtime;

/// <summary>
/// Reqnroll's container builder with this run's plugin registered from code and Reqnroll's run-level trace kept in
/// <see cref="RunDiagnostics"/> instead of the console.
/// </summary>
internal sealed class BddContainerBuilder(BddRuntimePlugin plugin, RunDiagnostics diagnostics) : ContainerBuilder
{
    protected override void RegisterDefaults(ObjectContainer container)
    {
        base.RegisterDefaults(container);
        container.RegisterInstanceAs<ITraceListener>(diagnostics);
        container.RegisterInstanceAs<IRuntimePlugin>(plugin, BddUnitTestRuntimeProvider.Name);
    }
}
